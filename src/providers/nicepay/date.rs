//! ISO 8601 timestamps, as the providers send them: a tiny reader for
//! `YYYY-MM-DDTHH:MM:SS(.f+)?(Z|±HH:MM|±HHMM)` to epoch seconds, day and
//! year arithmetic, and the writer for deadlines in messages.
//!
//! No clock is read anywhere: every instant comes from the caller. No date
//! crate either (size): the civil-calendar conversion is the classic
//! days-from-civil algorithm, in checked `i64` arithmetic.

/// One instant, with the UTC offset it was written in (kept so a deadline
/// is shown in the same zone as the date it comes from).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Instant {
    /// Seconds since 1970-01-01T00:00:00Z.
    pub epoch: i64,
    /// The written offset from UTC, in minutes (`+09:00` is 540).
    pub offset_min: i32,
}

impl PartialOrd for Instant {
    fn partial_cmp(&self, other: &Self) -> Option<std::cmp::Ordering> {
        Some(self.cmp(other))
    }
}

impl Ord for Instant {
    /// Instants compare by the moment they name, whatever their offset.
    fn cmp(&self, other: &Self) -> std::cmp::Ordering {
        self.epoch.cmp(&other.epoch)
    }
}

const SECS_PER_DAY: i64 = 86_400;

// Arithmetic: every instant comes from `parse` (years 0000–9999, so epoch
// seconds within ±4·10^11) plus a few years or days, far inside `i64`; the
// operations below are written `wrapping_*` to say so without an overflow
// branch on each (they cannot wrap on that domain).

/// Reads an ISO 8601 timestamp; `None` when it is not one (or names a day
/// that does not exist, such as February 30).
pub fn parse(text: &str) -> Option<Instant> {
    let b = text.as_bytes();
    // `len` ASCII digits at `from`, as a number (at most 4: no overflow).
    let num = |from: usize, len: usize| -> Option<i64> {
        let s = b.get(from..from.saturating_add(len))?;
        s.iter().try_fold(0i64, |acc, &c| {
            c.is_ascii_digit().then(|| {
                acc.wrapping_mul(10)
                    .wrapping_add(i64::from(c.wrapping_sub(b'0')))
            })
        })
    };
    let at = |i: usize, c: u8| b.get(i) == Some(&c);
    if !(at(4, b'-')
        && at(7, b'-')
        && (at(10, b'T') || at(10, b't'))
        && at(13, b':')
        && at(16, b':'))
    {
        return None;
    }
    let (year, month, day) = (num(0, 4)?, num(5, 2)?, num(8, 2)?);
    let (hour, minute, second) = (num(11, 2)?, num(14, 2)?, num(17, 2)?);
    if !(1..=12).contains(&month)
        || day < 1
        || day > days_in_month(year, month)
        || hour > 23
        || minute > 59
        || second > 59
    {
        return None;
    }
    // Optional fraction: ignored beyond whole seconds.
    let mut i = 19usize;
    if at(i, b'.') {
        let start = i.saturating_add(1);
        i = start;
        while b.get(i).is_some_and(u8::is_ascii_digit) {
            i = i.saturating_add(1);
        }
        if i == start {
            return None;
        }
    }
    let after = |n: usize| i.saturating_add(n);
    let rest = b.len().saturating_sub(i);
    let offset_min = match b.get(i) {
        Some(b'Z' | b'z') if rest == 1 => 0,
        Some(&sign @ (b'+' | b'-')) => {
            let (hh, mm) = match rest {
                6 if at(after(3), b':') => (num(after(1), 2)?, num(after(4), 2)?),
                5 => (num(after(1), 2)?, num(after(3), 2)?),
                _ => return None,
            };
            if hh > 23 || mm > 59 {
                return None;
            }
            let m = hh.wrapping_mul(60).wrapping_add(mm);
            if sign == b'-' {
                m.wrapping_neg()
            } else {
                m
            }
        }
        _ => return None,
    };
    let local = days_from_civil(year, month, day)
        .wrapping_mul(SECS_PER_DAY)
        .wrapping_add(hour.wrapping_mul(3600))
        .wrapping_add(minute.wrapping_mul(60))
        .wrapping_add(second);
    Some(Instant {
        epoch: local.wrapping_sub(offset_min.wrapping_mul(60)),
        offset_min: i32::try_from(offset_min).ok()?,
    })
}

/// True for a Gregorian leap year.
pub fn is_leap(year: i64) -> bool {
    (year.rem_euclid(4) == 0 && year.rem_euclid(100) != 0) || year.rem_euclid(400) == 0
}

/// Days in a month (1–12) of a year.
pub fn days_in_month(year: i64, month: i64) -> i64 {
    match month {
        2 if is_leap(year) => 29,
        2 => 28,
        4 | 6 | 9 | 11 => 30,
        _ => 31,
    }
}

/// Days since 1970-01-01 of a civil date (Howard Hinnant's algorithm), for
/// years within ±10^9.
pub fn days_from_civil(year: i64, month: i64, day: i64) -> i64 {
    let y = if month <= 2 {
        year.wrapping_sub(1)
    } else {
        year
    };
    let era = y.div_euclid(400);
    let yoe = y.rem_euclid(400);
    let mp = if month > 2 {
        month.wrapping_sub(3)
    } else {
        month.wrapping_add(9)
    };
    let doy = mp
        .wrapping_mul(153)
        .wrapping_add(2)
        .div_euclid(5)
        .wrapping_add(day)
        .wrapping_sub(1);
    let doe = yoe
        .wrapping_mul(365)
        .wrapping_add(yoe.div_euclid(4))
        .wrapping_sub(yoe.div_euclid(100))
        .wrapping_add(doy);
    era.wrapping_mul(146_097)
        .wrapping_add(doe)
        .wrapping_sub(719_468)
}

/// The civil date `(year, month, day)` of a day count since 1970-01-01.
pub fn civil_from_days(days: i64) -> (i64, i64, i64) {
    let z = days.wrapping_add(719_468);
    let era = z.div_euclid(146_097);
    let doe = z.rem_euclid(146_097);
    let yoe = doe
        .wrapping_sub(doe.div_euclid(1460))
        .wrapping_add(doe.div_euclid(36_524))
        .wrapping_sub(doe.div_euclid(146_096))
        .div_euclid(365);
    let doy = doe.wrapping_sub(
        yoe.wrapping_mul(365)
            .wrapping_add(yoe.div_euclid(4))
            .wrapping_sub(yoe.div_euclid(100)),
    );
    let mp = doy.wrapping_mul(5).wrapping_add(2).div_euclid(153);
    let day = doy
        .wrapping_sub(mp.wrapping_mul(153).wrapping_add(2).div_euclid(5))
        .wrapping_add(1);
    let month = if mp < 10 {
        mp.wrapping_add(3)
    } else {
        mp.wrapping_sub(9)
    };
    let year = yoe
        .wrapping_add(era.wrapping_mul(400))
        .wrapping_add(i64::from(month <= 2));
    (year, month, day)
}

impl Instant {
    /// This instant plus whole days (24-hour days).
    pub fn plus_days(self, days: i64) -> Instant {
        Instant {
            epoch: self.epoch.wrapping_add(days.wrapping_mul(SECS_PER_DAY)),
            ..self
        }
    }

    /// Seconds since the epoch in the written offset's wall clock.
    fn local(self) -> i64 {
        self.epoch
            .wrapping_add(i64::from(self.offset_min).wrapping_mul(60))
    }

    /// The same wall-clock time `years` later in the written offset; a
    /// February 29 becomes February 28 when the target year has none.
    pub fn plus_years(self, years: i64) -> Instant {
        let local = self.local();
        let (y, m, d) = civil_from_days(local.div_euclid(SECS_PER_DAY));
        let ny = y.wrapping_add(years);
        let nlocal = days_from_civil(ny, m, d.min(days_in_month(ny, m)))
            .wrapping_mul(SECS_PER_DAY)
            .wrapping_add(local.rem_euclid(SECS_PER_DAY));
        Instant {
            epoch: nlocal.wrapping_sub(self.local().wrapping_sub(self.epoch)),
            ..self
        }
    }

    /// ISO 8601 text in the instant's own offset, whole seconds:
    /// `2025-03-14T12:34:56+09:00` (`Z` for UTC).
    pub fn to_iso(self) -> String {
        let local = self.local();
        let (y, mo, d) = civil_from_days(local.div_euclid(SECS_PER_DAY));
        let s = local.rem_euclid(SECS_PER_DAY);
        let mut out = String::with_capacity(25);
        let m = i64::from(self.offset_min).wrapping_abs();
        for (sep, n, width) in [
            ("", y, 4),
            ("-", mo, 2),
            ("-", d, 2),
            ("T", s.div_euclid(3600), 2),
            (":", s.rem_euclid(3600).div_euclid(60), 2),
            (":", s.rem_euclid(60), 2),
        ] {
            out.push_str(sep);
            pad(&mut out, n, width);
        }
        if self.offset_min == 0 {
            out.push('Z');
        } else {
            out.push(if self.offset_min < 0 { '-' } else { '+' });
            pad(&mut out, m.div_euclid(60), 2);
            out.push(':');
            pad(&mut out, m.rem_euclid(60), 2);
        }
        out
    }
}

/// Appends `n` (non-negative) with at least `width` digits.
fn pad(out: &mut String, n: i64, width: usize) {
    let mut digits = String::new();
    crate::report::text::push_u64(&mut digits, n.max(0).unsigned_abs());
    for _ in digits.len()..width {
        out.push('0');
    }
    out.push_str(&digits);
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn reads_the_forms_providers_send() {
        assert_eq!(parse("1970-01-01T00:00:00Z").unwrap().epoch, 0);
        assert_eq!(parse("1970-01-01T09:00:00+09:00").unwrap().epoch, 0);
        assert_eq!(parse("1970-01-01T09:00:00.000+0900").unwrap().epoch, 0);
        assert_eq!(parse("2000-03-01T00:00:00Z").unwrap().epoch, 951_868_800);
        assert_eq!(
            parse("2024-02-29T23:59:59.123456Z").unwrap().epoch,
            1_709_251_199
        );
        assert_eq!(parse("1969-12-31T23:00:00-01:00").unwrap().epoch, 0);
    }

    #[test]
    fn rejects_what_is_not_a_timestamp() {
        for bad in [
            "",
            "0",
            "2024-02-30T00:00:00Z",
            "2023-02-29T00:00:00Z",
            "2024-13-01T00:00:00Z",
            "2024-01-01T24:00:00Z",
            "2024-01-01T00:60:00Z",
            "2024-01-01T00:00:60Z",
            "2024-01-01 00:00:00Z",
            "2024-01-01T00:00:00",
            "2024-01-01T00:00:00+9:00",
            "2024-01-01T00:00:00+24:00",
            "2024-01-01T00:00:00.Z",
            "2024-01-01T00:00:00Zjunk",
            "２０２４-01-01T00:00:00Z",
        ] {
            assert_eq!(parse(bad), None, "{bad:?}");
        }
    }

    #[test]
    fn civil_round_trip() {
        for days in [-800_000i64, -1, 0, 1, 10_957, 19_782, 2_932_896] {
            let (y, m, d) = civil_from_days(days);
            assert_eq!(days_from_civil(y, m, d), days);
        }
    }

    #[test]
    fn adds_years_and_days() {
        let t = parse("2024-02-29T10:00:00+09:00").unwrap();
        assert_eq!(t.plus_years(1).to_iso(), "2025-02-28T10:00:00+09:00");
        assert_eq!(t.plus_years(4).to_iso(), "2028-02-29T10:00:00+09:00");
        assert_eq!(t.plus_days(180).to_iso(), "2024-08-27T10:00:00+09:00");
        assert_eq!(
            parse("2024-12-31T23:30:00Z").unwrap().plus_days(1).to_iso(),
            "2025-01-01T23:30:00Z"
        );
        assert_eq!(
            parse("2024-01-01T00:00:00-05:30").unwrap().to_iso(),
            "2024-01-01T00:00:00-05:30"
        );
    }

    #[test]
    fn compares_across_offsets() {
        let kst = parse("2024-01-01T09:00:00+09:00").unwrap();
        let utc = parse("2024-01-01T00:00:00Z").unwrap();
        assert_eq!(kst.cmp(&utc), std::cmp::Ordering::Equal);
        assert!(parse("2024-01-01T00:00:01Z").unwrap() > kst);
    }
}
