//! Decimal text for numbers without core's float formatting: `{}` and `{:.2}`
//! on an f64 pull Grisu, Dragon4 and their tables into the wasm (about 22 KB);
//! `ryu` with its `small` tables gives the same shortest round-trip digits in
//! a few KB. Everything in the crate that writes an f64 as text goes through here.

/// The shortest decimal that reads back exactly as `v`, never in exponent
/// form: the same text as `format!("{v}")` ("0.1", "1234.5", "-3",
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

        #[test]
        fn app_range_numbers(v in -1e9f64..1e9) {
            proptest::prop_assert_eq!(decimal(v), format!("{v}"));
            proptest::prop_assert_eq!(decimal(v).parse::<f64>().unwrap(), v);
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
