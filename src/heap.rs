//! The wasm build's global allocator: size classes of powers of two, one
//! free list each, carved from pages taken with `memory.grow`.
//!
//! Why not the default (dlmalloc): it is about 7 KB of the wasm, some 4.8 KB
//! gzipped, an eighth of the size budget. This one is a few hundred bytes and
//! O(1) for every call. It trades memory for size: a block is rounded up to
//! a power of two and keeps its class for ever, so memory is reused by later
//! calls of a similar shape (every call frees what it allocated) but never
//! returned to the host; the peak is bounded by the largest single call.
//!
//! The wasm module is single-threaded (no `atomics` target feature), so the
//! state lives in plain `Cell`s.

use core::alloc::{GlobalAlloc, Layout};
use core::cell::Cell;
use core::ptr::null_mut;

const PAGE: usize = 65_536;
/// Classes 2^3 ..= 2^31 bytes (index 0 is 8 bytes: room for the free-list link).
const MIN_SHIFT: u32 = 3;
const CLASSES: usize = 29;

struct Heap {
    /// Head of each class's free list (0: empty). A free block's first
    /// word holds the address of the next one.
    free: [Cell<usize>; CLASSES],
    /// Next unused byte of the current region, and its end.
    top: Cell<usize>,
    end: Cell<usize>,
}

// SAFETY: the wasm32-unknown-unknown build this module is compiled for has
// one thread; nothing here is shared across threads.
unsafe impl Sync for Heap {}

/// The class index for a layout, or `None` above 2 GiB.
fn class(layout: Layout) -> Option<usize> {
    let need = layout.size().max(layout.align()).max(1 << MIN_SHIFT);
    let shift = need.checked_next_power_of_two()?.trailing_zeros();
    let index = usize::try_from(shift.checked_sub(MIN_SHIFT)?).ok()?;
    (index < CLASSES).then_some(index)
}

impl Heap {
    /// Carves a fresh block of class `index` (size 2^(index+3), aligned to
    /// its size up to a page) from the current region, growing memory when
    /// it does not fit.
    fn carve(&self, index: usize) -> *mut u8 {
        // wasm32 addresses are below 2^32 = usize::MAX + 1, so an overflow
        // below means "does not fit" and falls through to growing.
        let size = 1usize
            .checked_shl((index as u32).wrapping_add(MIN_SHIFT))
            .unwrap_or(usize::MAX);
        let mask = size.min(PAGE).wrapping_sub(1);
        let top = self.top.get();
        let fits = top
            .checked_add(mask)
            .map(|t| t & !mask)
            .and_then(|start| Some((start, start.checked_add(size)?)));
        if let Some((start, stop)) = fits.filter(|&(_, stop)| top != 0 && stop <= self.end.get()) {
            self.top.set(stop);
            return start as *mut u8;
        }
        // A new region of whole pages (at least 4, so `memory.grow` is
        // rare); what was left of the old one is abandoned (less than this
        // block, and pages are aligned for every class).
        let pages = size.div_ceil(PAGE).max(4);
        let old = core::arch::wasm32::memory_grow(0, pages);
        let (Some(base), Some(end)) = (
            old.checked_mul(PAGE),
            old.checked_add(pages).and_then(|p| p.checked_mul(PAGE)),
        ) else {
            return null_mut(); // `usize::MAX`: the host refused to grow
        };
        self.top.set(base.wrapping_add(size)); // <= end
        self.end.set(end);
        base as *mut u8
    }
}

unsafe impl GlobalAlloc for Heap {
    unsafe fn alloc(&self, layout: Layout) -> *mut u8 {
        let Some(index) = class(layout) else {
            return null_mut();
        };
        let Some(head) = self.free.get(index) else {
            return null_mut();
        };
        let block = head.get();
        if block == 0 {
            return self.carve(index);
        }
        // SAFETY: `block` is a free block of this class, written by `dealloc`.
        head.set(unsafe { *(block as *const usize) });
        block as *mut u8
    }

    unsafe fn dealloc(&self, ptr: *mut u8, layout: Layout) {
        if let Some(head) = class(layout).and_then(|i| self.free.get(i)) {
            // SAFETY: `ptr` came from `alloc` with this layout, so it is a
            // block of this class, at least 8 bytes and word-aligned.
            unsafe { *(ptr as *mut usize) = head.get() };
            head.set(ptr as usize);
        }
    }

    unsafe fn realloc(&self, ptr: *mut u8, layout: Layout, new_size: usize) -> *mut u8 {
        let Ok(new_layout) = Layout::from_size_align(new_size, layout.align()) else {
            return null_mut();
        };
        if class(layout) == class(new_layout) {
            return ptr; // the block already has room
        }
        // SAFETY: as `GlobalAlloc::realloc`'s default: copy into a new
        // block of the new class, then free the old one.
        unsafe {
            let new = self.alloc(new_layout);
            if !new.is_null() {
                core::ptr::copy_nonoverlapping(ptr, new, layout.size().min(new_size));
                self.dealloc(ptr, layout);
            }
            new
        }
    }
}

#[global_allocator]
static HEAP: Heap = Heap {
    free: [const { Cell::new(0) }; CLASSES],
    top: Cell::new(0),
    end: Cell::new(0),
};
