//! Numbers for people: a bounded count of significant digits, trailing zeros trimmed,
//! positional for everyday magnitudes and scientific (`1.602176634e-19`) otherwise.

/// Formats `x` with at most `significant` digits (1..=17).
pub fn format_value(x: f64, significant: usize) -> String {
    if x.is_nan() {
        return "NaN".to_string();
    }
    if x.is_infinite() {
        return if x > 0.0 { "inf".to_string() } else { "-inf".to_string() };
    }
    if x == 0.0 {
        return "0".to_string();
    }
    let significant = significant.max(1).min(17);
    // `{:.*e}` rounds correctly to the requested digits; then we trim and lay out.
    let sci = format!("{:.*e}", significant - 1, x);
    let (mantissa, exp) = match sci.split_once('e') {
        Some((m, e)) => (m, e.parse::<i32>().unwrap_or(0)),
        None => (sci.as_str(), 0),
    };
    let negative = mantissa.starts_with('-');
    let digits: String = mantissa.chars().filter(|c| c.is_ascii_digit()).collect();
    let digits = digits.trim_end_matches('0');
    let digits = if digits.is_empty() { "0" } else { digits };
    let sign = if negative { "-" } else { "" };
    // Positional for everyday magnitudes; scientific when the value is tiny, huge, or
    // would need a long run of made-up zeros (`9.461e12`, not `9461000000000`).
    let padded_zeros = exp >= significant as i32 && exp >= 6;
    if (-6..16).contains(&exp) && !padded_zeros {
        let n = digits.len() as i32;
        let body = if exp >= n - 1 {
            format!("{}{}", digits, "0".repeat((exp - (n - 1)) as usize))
        } else if exp >= 0 {
            let split = (exp + 1) as usize;
            format!("{}.{}", &digits[..split], &digits[split..])
        } else {
            format!("0.{}{}", "0".repeat((-exp - 1) as usize), digits)
        };
        format!("{}{}", sign, body)
    } else {
        let body = if digits.len() > 1 { format!("{}.{}", &digits[..1], &digits[1..]) } else { digits.to_string() };
        format!("{}{}e{}", sign, body, exp)
    }
}

#[cfg(test)]
mod tests {
    use super::format_value;

    #[test]
    fn layouts() {
        assert_eq!(format_value(160.02, 15), "160.02");
        assert_eq!(format_value(3.7854117839999997, 15), "3.785411784");
        assert_eq!(format_value(212.0, 15), "212");
        assert_eq!(format_value(1.602176634e-19, 15), "1.602176634e-19");
        assert_eq!(format_value(0.000123, 15), "0.000123");
        assert_eq!(format_value(-2.5, 15), "-2.5");
        assert_eq!(format_value(1e16, 15), "1e16");
        assert_eq!(format_value(123456.0, 3), "123000");
        assert_eq!(format_value(9460730472580.8, 4), "9.461e12");
        assert_eq!(format_value(1e6, 15), "1000000");
    }
}
