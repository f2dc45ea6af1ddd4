//! Decimal text for numbers without core's float formatting: `{}` and `{:.2}`
//! on an f64 pull Grisu, Dragon4 and their tables into the wasm (about 22 KB);
//! `ryu` with its `small` tables gives the same shortest round-trip digits in
//! a few KB. Everything in the crate that writes an f64 as text goes through here.
//!
//! Reading is the same story: `str::parse::<f64>` brings core's
//! Eisel–Lemire tables (about 16 KB of the gzipped wasm). The numbers this
//! app reads are plain decimals ("1234.5", never "1e5"), which
//! [`parse_decimal`] turns into the nearest f64 with 128-bit integers.

/// The shortest decimal that reads back exactly as `v`, never in exponent
/// form: as short as `format!("{v}")` and mostly the same text ("0.1", "1234.5", "-3",
/// 1e21 → "1000000000000000000000"). Non-finite: "NaN", "inf", "-inf".
pub fn decimal(v: f64) -> String {
    if !v.is_finite() {
        let s = if v.is_nan() {
            "NaN"
        } else if v > 0.0 {
            "inf"
        } else {
            "-inf"
        };
        return s.to_string();
    }
    let mut buf = ryu::Buffer::new();
    let s = buf.format_finite(v.abs());
    // ryu writes "1.5", "123.0", "0.001", "1e21", "1.5e-7".
    let (mant, exp) = match s.split_once('e') {
        Some((m, e)) => (m, e.parse::<i32>().unwrap_or(0)),
        None => (s, 0),
    };
    let (int, frac) = mant.split_once('.').unwrap_or((mant, ""));
    let mut digits: String = [int, frac.trim_end_matches('0')].concat();
    // Where the decimal point falls within `digits`.
    let mut point = int.len() as i32 + exp;
    while digits.len() > 1 && digits.starts_with('0') {
        digits.remove(0);
        point -= 1;
    }
    let mut out = String::with_capacity(digits.len() + 24);
    if v.is_sign_negative() {
        out.push('-');
    }
    if digits == "0" {
        out.push('0');
    } else if point <= 0 {
        out.push_str("0.");
        out.extend(std::iter::repeat_n('0', point.unsigned_abs() as usize));
        out.push_str(&digits);
    } else if point as usize >= digits.len() {
        out.push_str(&digits);
        out.extend(std::iter::repeat_n('0', point as usize - digits.len()));
    } else {
        let (a, b) = digits.split_at(point as usize);
        out.push_str(a);
        out.push('.');
        out.push_str(b);
    }
    out
}

/// `v` held within `lo..=hi` (NaN stays NaN), as `f64::clamp` without its
/// check that `lo <= hi`: that check's message formats floats, which puts
/// core's float formatting (about 12 KB) in the wasm. `clippy.toml` refuses
/// `f64::clamp` for that reason.
pub fn clamp(v: f64, lo: f64, hi: f64) -> f64 {
    if v < lo {
        lo
    } else if v > hi {
        hi
    } else {
        v
    }
}

/// `v` rounded half away from zero to `places` decimals (at most 9), zeros
/// kept: `fixed(12.5, 2)` = "12.50". For exports and SVG coordinates.
pub fn fixed(v: f64, places: u32) -> String {
    let places = places.min(9);
    let scale = 10f64.powi(places as i32);
    let r = (v * scale).round() / scale;
    let mut s = decimal(if r == 0.0 { 0.0 } else { r });
    if places > 0 && r.is_finite() {
        let have = s.split_once('.').map_or(0, |(_, f)| f.len());
        if have == 0 {
            s.push('.');
        }
        s.extend(std::iter::repeat_n(
            '0',
            places as usize - have.min(places as usize),
        ));
    }
    s
}

/// Most fraction digits read exactly: 10^38 is the largest power of ten in
/// a u128.
const MAX_POW10: u32 = 38;

/// The f64 nearest to a plain decimal, `digits[.digits]` (at least one
/// digit; no sign, exponent or separators): `None` for anything else.
/// Correctly rounded (the same bits as `str::parse`) whenever the digits
/// after the first non-zero one, and the digits after the point, are each at
/// most 38, and the value is below 2^128 (about 3.4e38): every number a
/// person types and every text [`decimal`] writes for values from about
/// 1e-21 to 1e38. Beyond that it is within a few units of the last place;
/// digits past the 38th significant one are dropped.
pub fn parse_decimal(s: &str) -> Option<f64> {
    let (int, frac) = s.split_once('.').unwrap_or((s, ""));
    if int.len() + frac.len() == 0 || !int.bytes().chain(frac.bytes()).all(|b| b.is_ascii_digit()) {
        return None;
    }
    // value = m × 10^exp10, with m the significant digits (at most 38).
    let mut m: u128 = 0;
    let mut kept = 0u32;
    let mut exp10: i32 = 0;
    for (b, in_frac) in int
        .bytes()
        .map(|b| (b, false))
        .chain(frac.bytes().map(|b| (b, true)))
    {
        let d = u128::from(b - b'0');
        if kept < MAX_POW10 && (m > 0 || d > 0) {
            m = m * 10 + d;
            kept += 1;
            if in_frac {
                exp10 -= 1;
            }
        } else if !in_frac && m > 0 {
            // An integer digit past the 38th: it only scales.
            exp10 += 1;
        } else if in_frac && m == 0 {
            // A leading zero after the point.
            exp10 -= 1;
        }
    }
    if m == 0 {
        return Some(0.0);
    }
    if exp10 >= 0 {
        // The integer digits alone; `as` rounds a u128 to the nearest f64.
        return Some(
            match 10u128
                .checked_pow(exp10 as u32)
                .and_then(|p| m.checked_mul(p))
            {
                Some(n) => n as f64,
                None => m as f64 * 10f64.powi(exp10),
            },
        );
    }
    let k = exp10.unsigned_abs();
    if k > MAX_POW10 {
        // Below about 1e-21 with many digits: close, not exact.
        return Some(nearest_quotient(m, MAX_POW10) / 10f64.powi((k - MAX_POW10) as i32));
    }
    Some(nearest_quotient(m, k))
}

/// m / 10^k rounded to the nearest f64 (k ≤ 38): long division, one bit at a
/// time, until the quotient has 66 bits; a non-zero remainder is kept as a
/// sticky bit, so the final rounding of those 66 bits to 53 is the rounding
/// of the exact quotient.
fn nearest_quotient(m: u128, k: u32) -> f64 {
    let d = 10u128.pow(k);
    let (mut q, mut r) = (m / d, m % d);
    let mut scale: i32 = 0;
    while q < 1 << 65 {
        // r < d ≤ 10^38 < 2^127, so r << 1 does not overflow.
        r <<= 1;
        q <<= 1;
        scale -= 1;
        if r >= d {
            r -= d;
            q |= 1;
        }
    }
    let q = q | u128::from(r != 0);
    // q × 2^scale, with 2^scale made from its bits (exact: scale ≥ -260).
    (q as f64) * f64::from_bits(((1023 + scale) as u64) << 52)
}

#[cfg(all(test, not(target_arch = "wasm32")))]
mod tests {
    use super::*;

    #[test]
    fn same_text_as_display() {
        for v in [
            0.0,
            -0.0,
            1.0,
            -3.0,
            0.1,
            0.5,
            1234.5,
            110841.23456789012,
            1e21,
            1e22,
            1.5e-7,
            0.001,
            123456789.0,
            5e-324,
            f64::MAX,
            0.30000000000000004,
            2.0f64.powi(60),
            99.99,
        ] {
            assert_eq!(decimal(v), format!("{v}"), "{v:e}");
        }
        assert_eq!(decimal(f64::NAN), "NaN");
        assert_eq!(decimal(f64::NEG_INFINITY), "-inf");
    }

    proptest::proptest! {
        /// Any finite f64: reads back exactly, and is as short as Display's
        /// text (for a few 17-digit values the two pick a different last
        /// digit; both read back exactly).
        #[test]
        fn any_finite_number_round_trips_as_short_as_display(bits in proptest::prelude::any::<u64>()) {
            let v = f64::from_bits(bits);
            if v.is_finite() {
                let ours = decimal(v);
                proptest::prop_assert_eq!(ours.parse::<f64>().unwrap().to_bits(), v.to_bits(), "{}", ours);
                proptest::prop_assert_eq!(ours.len(), format!("{v}").len());
            }
        }

        /// The app's range: as short as Display's text and reading back
        /// exactly (a 17-digit value may end in another digit, as above).
        #[test]
        fn app_range_numbers(v in -1e9f64..1e9) {
            proptest::prop_assert_eq!(decimal(v).len(), format!("{v}").len());
            proptest::prop_assert_eq!(decimal(v).parse::<f64>().unwrap(), v);
        }
    }

    #[test]
    fn reads_plain_decimals_as_core_does() {
        for t in [
            "0",
            "00",
            "0.0",
            "1",
            "12",
            "1234.5",
            "0.1",
            "0.30000000000000004",
            ".5",
            "5.",
            "999999999999999.99",
            "1000000000000000",
            "0.000012345678901234567",
            "110841.23456789012",
            "9007199254740993",
            "123456789012345678901234567890123456789012",
            "0.1000000000000000055511151231257827021181583404541015625",
            "2.2250738585072014",
            "72000",
            "31.50",
            "0.0000000000000000000001",
        ] {
            assert_eq!(
                parse_decimal(t).map(f64::to_bits),
                Some(t.parse::<f64>().unwrap().to_bits()),
                "{t}"
            );
        }
        for bad in ["", ".", "1.2.3", "-1", "1e5", "1,5", " 1", "+1", "１"] {
            assert_eq!(parse_decimal(bad), None, "{bad:?}");
        }
    }

    proptest::proptest! {
        /// What `decimal` writes reads back to the same bits, from 1e-21 to 1e38.
        #[test]
        fn decimal_text_reads_back_exactly(bits in proptest::prelude::any::<u64>()) {
            let v = f64::from_bits(bits).abs();
            if v == 0.0 || (1e-21..1e38).contains(&v) {
                let t = decimal(v);
                proptest::prop_assert_eq!(parse_decimal(&t).map(f64::to_bits), Some(v.to_bits()), "{}", t);
            }
        }

        /// The same across every scale of the exact range (a random exponent,
        /// then random significant bits).
        #[test]
        fn every_scale_reads_back_exactly(e in -69i32..126, bits in 0u64..(1 << 52)) {
            let v = f64::from_bits(((1023 + e) as u64) << 52 | bits);
            let t = decimal(v);
            proptest::prop_assert_eq!(parse_decimal(&t).map(f64::to_bits), Some(v.to_bits()), "{}", t);
        }

        /// Any digits a person could type, up to 38 significant: the same
        /// bits as core's parser.
        #[test]
        fn typed_digits_read_as_core_does(int in "[0-9]{1,20}", frac in "[0-9]{0,18}") {
            let t = if frac.is_empty() { int } else { format!("{int}.{frac}") };
            proptest::prop_assert_eq!(parse_decimal(&t).map(f64::to_bits), Some(t.parse::<f64>().unwrap().to_bits()), "{}", t);
        }

        /// Any finite value: within a few units of the last place.
        #[test]
        fn tiny_values_are_close(bits in proptest::prelude::any::<u64>()) {
            let v = f64::from_bits(bits).abs();
            if v.is_finite() && v > 0.0 {
                let t = decimal(v);
                let got = parse_decimal(&t).unwrap();
                proptest::prop_assert!((got - v).abs() <= v * 1e-15, "{} → {}", t, got);
            }
        }
    }

    #[test]
    fn fixed_places() {
        assert_eq!(fixed(12.5, 2), "12.50");
        assert_eq!(fixed(3.0, 0), "3");
        assert_eq!(fixed(-0.001, 2), "0.00");
        assert_eq!(fixed(1234.5678, 2), "1234.57");
        assert_eq!(fixed(0.1 + 0.2, 1), "0.3");
    }
}
