//! The interpretation people read back ("5 foot + 3 inch"), and a unit expression written
//! back as text (`km/h`).

use crate::eval::Resolver;
use crate::syntax::Expr;

fn spelled_out_with_power(r: &dyn Resolver, name: &str) -> String {
    spelled_out_counted(r, name, None, false)
}

/// The unit's name, after `count` when `counted` (`5 Meilen`), a power kept as typed.
fn spelled_out_counted(r: &dyn Resolver, name: &str, count: Option<f64>, counted: bool) -> String {
    let spell = |n: &str| if counted { r.spelled_out_after(n, count) } else { r.spelled_out(n) };
    if let Some(spelled) = spell(name) {
        return spelled;
    }
    let digits = name.chars().rev().take_while(|c| c.is_ascii_digit()).count();
    if digits > 0 && digits < name.len() {
        let (base, power) = name.split_at(name.len() - digits);
        if let Some(spelled) = spell(base) {
            return format!("{}^{}", spelled, power);
        }
    }
    name.to_string()
}

/// Renders what we understood, with unit names spelled out: `5 foot + 3 inch`.
pub fn interpret(e: &Expr, r: &dyn Resolver) -> String {
    let mut out = String::with_capacity(32);
    write_interpretation(e, r, &mut out);
    out
}

fn write_interpretation(e: &Expr, r: &dyn Resolver, out: &mut String) {
    match e {
        Expr::Num { text, .. } => out.push_str(text),
        Expr::Unit { name, .. } => out.push_str(&spelled_out_with_power(r, name)),
        Expr::Neg(a) => {
            out.push('-');
            write_operand(a, r, out);
        }
        Expr::Add(a, b) | Expr::Sub(a, b) => {
            write_interpretation(a, r, out);
            out.push_str(if matches!(e, Expr::Add(..)) { " + " } else { " - " });
            match **b {
                Expr::Add(..) | Expr::Sub(..) => write_operand(b, r, out),
                _ => write_interpretation(b, r, out),
            }
        }
        Expr::Mul(a, b) => {
            let plain_number = !crate::syntax::has_unit(a);
            let sep = if !crate::syntax::has_unit(b) || (plain_number && starts_with_number(b)) {
                " × "
            } else if plain_number {
                " "
            } else {
                "·"
            };
            write_operand(a, r, out);
            out.push_str(sep);
            match (&**a, &**b) {
                // A count and its unit: the name of one or of many (`5 Meilen`).
                (Expr::Num { value, .. }, Expr::Unit { name, .. }) if sep == " " => {
                    out.push_str(&spelled_out_counted(r, name, Some(value.to_f64()), true))
                }
                _ => write_operand(b, r, out),
            }
        }
        Expr::Div(a, b) => {
            write_operand(a, r, out);
            out.push('/');
            write_operand(b, r, out);
        }
        Expr::Pow(a, p) => {
            write_operand(a, r, out);
            out.push('^');
            if p.denom() == 1 {
                out.push_str(&p.numer().to_string());
            } else {
                out.push_str(&format!("({}/{})", p.numer(), p.denom()));
            }
        }
    }
}

fn starts_with_number(e: &Expr) -> bool {
    match e {
        Expr::Num { .. } => true,
        Expr::Mul(a, _) | Expr::Div(a, _) | Expr::Pow(a, _) | Expr::Add(a, _) | Expr::Sub(a, _) => starts_with_number(a),
        Expr::Neg(_) => true,
        Expr::Unit { .. } => false,
    }
}

fn write_operand(e: &Expr, r: &dyn Resolver, out: &mut String) {
    let group = match e {
        Expr::Add(..) | Expr::Sub(..) => true,
        // `5 foot` and `1/2 cup` read fine without parentheses; compound units do not.
        Expr::Mul(a, _) | Expr::Div(a, _) => crate::syntax::has_unit(e) && crate::syntax::has_unit(a),
        _ => false,
    };
    if group {
        out.push('(');
    }
    write_interpretation(e, r, out);
    if group {
        out.push(')');
    }
}

/// The unit part of the first term, numbers removed: `100 km/h` → `km/h`, `5 ft 3 in` →
/// `ft`. Used to show a result without a target in the unit the person wrote.
pub fn unit_part(e: &Expr) -> Option<Expr> {
    match e {
        Expr::Num { .. } => None,
        // The constant π is a number (`2 pi` is 6.28...), as the evaluator reads it.
        Expr::Unit { name, .. } if name == "pi" || name == "π" => None,
        Expr::Unit { .. } => Some(e.clone()),
        Expr::Neg(a) => unit_part(a),
        Expr::Add(a, _) | Expr::Sub(a, _) => unit_part(a),
        Expr::Mul(a, b) => match (unit_part(a), unit_part(b)) {
            (Some(x), Some(y)) => Some(Expr::Mul(Box::new(x), Box::new(y))),
            (x, None) => x,
            (None, y) => y,
        },
        Expr::Div(a, b) => match (unit_part(a), unit_part(b)) {
            (Some(x), Some(y)) => Some(Expr::Div(Box::new(x), Box::new(y))),
            (x, None) => x,
            (None, Some(y)) => Some(Expr::Pow(Box::new(y), crate::rational::Rational::from_int(-1))),
        },
        Expr::Pow(a, p) => unit_part(a).map(|x| Expr::Pow(Box::new(x), *p)),
    }
}

/// Writes a unit expression back as text with the names as typed: `km/h`, `kg*m/s^2`.
pub fn unit_text(e: &Expr) -> String {
    match e {
        Expr::Num { text, .. } => text.clone(),
        Expr::Unit { name, .. } => name.clone(),
        Expr::Neg(a) => format!("-{}", unit_text(a)),
        Expr::Add(a, b) => format!("{} + {}", unit_text(a), unit_text(b)),
        Expr::Sub(a, b) => format!("{} - {}", unit_text(a), unit_text(b)),
        Expr::Mul(a, b) => format!("{}*{}", unit_text(a), unit_text(b)),
        Expr::Div(a, b) => match **b {
            Expr::Mul(..) | Expr::Div(..) => format!("{}/({})", unit_text(a), unit_text(b)),
            _ => format!("{}/{}", unit_text(a), unit_text(b)),
        },
        Expr::Pow(a, p) => {
            let base = match **a {
                Expr::Unit { .. } => unit_text(a),
                _ => format!("({})", unit_text(a)),
            };
            if p.denom() == 1 {
                format!("{}^{}", base, p.numer())
            } else {
                format!("{}^({}/{})", base, p.numer(), p.denom())
            }
        }
    }
}
