//! One `seq` per list (request items, order lines, response lines): the
//! rule, and the small in-place heapsort it runs on. `slice::sort_unstable`
//! is about 7 KB of wasm per element type (pattern-defeating quicksort with
//! sorting networks), this is a few hundred bytes; inputs are capped
//! (10,000 items), so O(n log n) without the constant-factor tuning is
//! plenty. The NicePay charset tables sort with it too.

use crate::report::params as p;
use crate::report::path::Loc;
use crate::report::Report;

/// Reports [`Code::SeqDuplicate`] at `items_at[i].seq` for every `(seq,
/// index)` whose seq an earlier index already has (request items, order
/// lines, response lines).
pub fn check_unique_seq<I>(seqs: I, items_at: &Loc, report: &mut Report)
where
    I: IntoIterator<Item = (u64, usize)>,
    I::IntoIter: Clone,
{
    let seqs = seqs.into_iter();
    // Lines usually come in seq order: strictly increasing seqs have no
    // duplicate, and need neither a copy nor a sort to show it.
    let mut last: Option<u64> = None;
    let increasing = seqs.clone().all(|(s, _)| {
        let up = last.map_or(true, |l| l < s);
        last = Some(s);
        up
    });
    if increasing {
        return;
    }
    let mut seen: Vec<(u64, usize)> = seqs.collect();
    sort(&mut seen);
    for pair in seen.windows(2) {
        if let [(a, first), (b, dup)] = pair {
            if a == b {
                let first_path = items_at.index(*first).key("seq").path().render();
                report.raise(
                    items_at.index(*dup).key("seq").path(),
                    p::SeqDuplicate {
                        seq: *a,
                        firstPath: first_path,
                    },
                );
            }
        }
    }
}

/// Sorts `v` ascending (not stable: equal elements may be reordered).
pub fn sort<T: Ord>(v: &mut [T]) {
    let n = v.len();
    for root in (0..n / 2).rev() {
        sift_down(v, root, n);
    }
    for end in (1..n).rev() {
        v.swap(0, end);
        sift_down(v, 0, end);
    }
}

/// Moves `v[root]` down the max-heap held in `v[..end]`.
fn sift_down<T: Ord>(v: &mut [T], mut root: usize, end: usize) {
    loop {
        // Children of `root` are 2·root + 1 and 2·root + 2 (root < end ≤ len).
        let Some(mut child) = root
            .checked_mul(2)
            .and_then(|c| c.checked_add(1))
            .filter(|&c| c < end)
        else {
            return;
        };
        let right = child.saturating_add(1);
        if right < end && v.get(child) < v.get(right) {
            child = right;
        }
        if v.get(root) >= v.get(child) {
            return;
        }
        v.swap(root, child);
        root = child;
    }
}

#[cfg(test)]
mod tests {
    use super::sort;
    use proptest::prelude::*;

    #[test]
    fn sorts_small_cases() {
        for mut v in [
            vec![],
            vec![1],
            vec![2, 1],
            vec![3, 1, 2, 3, 0],
            vec![5, 4, 3, 2, 1, 0],
        ] {
            let mut want = v.clone();
            want.sort();
            sort(&mut v);
            assert_eq!(v, want);
        }
    }

    proptest! {
        #[test]
        fn sorts_like_std(mut v in prop::collection::vec((0u64..50, any::<usize>()), 0..300)) {
            let mut want = v.clone();
            want.sort_unstable();
            sort(&mut v);
            prop_assert_eq!(v, want);
        }
    }
}
