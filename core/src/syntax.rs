//! Lexer and parser for what people type: `5 ft 3 in`, `100 km/h`, `kg·m/s²`,
//! `BTU/(h*ft^2)`, `1/2 cup`, `3*4 m`.
//!
//! Precedence, loosest first: sums (`+`, `-`, and the implicit sum of `5 ft 3 in`),
//! explicit products (`*`, `/`, left-associative), juxtaposition (`kg m`, binding tighter
//! than `/` so `J/kg K` is J/(kg·K)), powers, unary minus. `1/2` between two plain numbers
//! is a fraction, so `1/2 cup` is half a cup; so is `pi/180`.

use crate::error::{NumberError, ReadError, UnitError};
use crate::number::Number;
use crate::rational::Rational;

/// The longest input we accept; longer text is an error, not a slow parse.
pub const MAX_INPUT_CHARS: usize = 1000;
/// Nesting limit for parentheses and unary signs, so no input can exhaust the stack.
const MAX_DEPTH: usize = 64;

/// What a token is.
#[derive(Clone, Debug, PartialEq)]
pub enum Tok {
    /// A number literal: digits and `.`, `_` separators dropped, an exponent written `e` or
    /// `e-` (`1_000`, `2.5e-3`). Checked later by [`parse_number`], so `1.2.3` is reported
    /// with its text.
    Num(String),
    /// A name: a unit, a prefixed unit, a constant (`pi`), a keyword (`to`, `in`), or a
    /// single symbol such as `%` or `"`. [`crate::names::merge_multiword`] may join
    /// several words into one (`US gallon`).
    Ident(String),
    /// An operator or bracket, always one of `+ - * / ^ ( ) ;`: other spellings are mapped
    /// to these, e.g. `×` and `·` to `*`, `÷` to `/`, `**` to `^`, `−` to `-`, `[` to `(`.
    /// `;` separates the parts of a mixed-unit target (`ft;in`).
    Op(char),
    /// A superscript exponent such as `²` or `⁻¹`, as its value.
    Super(i32),
    /// `->` or `→`, which introduces the target unit.
    Arrow,
}

/// A token and where it starts.
#[derive(Clone, Debug, PartialEq)]
pub struct Token {
    /// What the token is.
    pub tok: Tok,
    /// The character (not byte) offset of its first character in the text given to
    /// [`tokenize`], so that messages point at it.
    pub pos: usize,
}

/// A parsed expression, before evaluation gives it a value and a dimension.
#[derive(Clone, Debug, PartialEq)]
pub enum Expr {
    /// A number literal.
    Num {
        /// The literal as tokenized (see [`Tok::Num`]), for echoing the input back.
        text: String,
        /// Its value, exact when the literal fits in a fraction.
        value: Number,
    },
    /// A name still to be resolved: a unit, a prefixed unit or a constant such as `pi`.
    Unit {
        /// The name as typed.
        name: String,
        /// The character offset of the name in the input, for messages.
        pos: usize,
    },
    /// Unary minus.
    Neg(Box<Expr>),
    /// `a + b`; also the implicit sum of `5 ft 3 in`.
    Add(Box<Expr>, Box<Expr>),
    /// `a - b`.
    Sub(Box<Expr>, Box<Expr>),
    /// `a * b`, or juxtaposition (`kg m`, `3 m`).
    Mul(Box<Expr>, Box<Expr>),
    /// `a / b`; also a fraction literal (`1/2`, `pi/180`).
    Div(Box<Expr>, Box<Expr>),
    /// A power with an exact exponent (`m^2`, `m²`, `s^(-1/2)`). The numbers after `^` are
    /// at most 1000 and a superscript has at most four digits, so powers stay cheap.
    Pow(Box<Expr>, Rational),
}

fn is_ident_start(c: char) -> bool {
    c.is_alphabetic() || matches!(c, '_' | '°' | 'µ' | 'μ' | 'Ω' | '%' | '‰' | '′' | '″' | '\'' | '"' | '$' | '€' | '£' | '¥' | 'Å' | '℃' | '℉')
}

fn is_ident_continue(c: char) -> bool {
    // Superscripts count as numeric in Unicode but are exponents here (`m²`).
    // `’` inside a word is an elision (French `d’eau`).
    (c.is_alphanumeric() && superscript_digit(c).is_none() && c != '⁻') || matches!(c, '_' | '°' | 'µ' | 'μ' | 'Ω' | '’')
}

/// Single-character units that never glue to the following letters (`5'3"`).
fn is_standalone_symbol(c: char) -> bool {
    matches!(c, '%' | '‰' | '′' | '″' | '\'' | '"' | '$' | '€' | '£' | '¥')
}

fn superscript_digit(c: char) -> Option<i32> {
    Some(match c {
        '⁰' => 0,
        '¹' => 1,
        '²' => 2,
        '³' => 3,
        '⁴' => 4,
        '⁵' => 5,
        '⁶' => 6,
        '⁷' => 7,
        '⁸' => 8,
        '⁹' => 9,
        _ => return None,
    })
}

/// Splits what was typed into tokens, mapping operator spellings to one form. Fails on
/// text longer than [`MAX_INPUT_CHARS`], a decimal comma (`1,5`), a character that is
/// neither a name, a number nor an operator, or a superscript minus without digits.
pub fn tokenize(input: &str) -> Result<Vec<Token>, UnitError> {
    // Room for every character at once (there are at most as many as bytes): collected,
    // the list grew from four characters, once for each doubling.
    let mut chars: Vec<char> = Vec::with_capacity(input.len());
    chars.extend(input.chars());
    if chars.len() > MAX_INPUT_CHARS {
        return Err(UnitError::plain(ReadError::TooLong { length: chars.len(), limit: MAX_INPUT_CHARS }));
    }
    let mut out = Vec::new();
    let mut i = 0;
    while i < chars.len() {
        let c = chars[i];
        let start = i;
        if c.is_whitespace() {
            i += 1;
        } else if c.is_ascii_digit() || (c == '.' && i + 1 < chars.len() && chars[i + 1].is_ascii_digit()) {
            let mut text = String::new();
            while i < chars.len() && (chars[i].is_ascii_digit() || chars[i] == '.' || chars[i] == '_') {
                if chars[i] != '_' {
                    text.push(chars[i]);
                }
                i += 1;
            }
            // An exponent only when digits (optionally signed) follow: `2e3`, not `2 em`.
            if i < chars.len() && (chars[i] == 'e' || chars[i] == 'E') {
                let mut j = i + 1;
                if j < chars.len() && (chars[j] == '+' || chars[j] == '-' || chars[j] == '−') {
                    j += 1;
                }
                if j < chars.len() && chars[j].is_ascii_digit() {
                    text.push('e');
                    if chars[i + 1] == '-' || chars[i + 1] == '−' {
                        text.push('-');
                    }
                    i = j;
                    while i < chars.len() && chars[i].is_ascii_digit() {
                        text.push(chars[i]);
                        i += 1;
                    }
                }
            }
            out.push(Token { tok: Tok::Num(text), pos: start });
        } else if c == ',' {
            return Err(UnitError::new(ReadError::DecimalComma, ",", Some(start)));
        } else if is_standalone_symbol(c) {
            out.push(Token { tok: Tok::Ident(c.to_string()), pos: start });
            i += 1;
        } else if is_ident_start(c) {
            i += 1;
            while i < chars.len() && is_ident_continue(chars[i]) {
                i += 1;
            }
            // Made once its length is known, rather than grown a character at a time.
            out.push(Token { tok: Tok::Ident(chars[start..i].iter().collect()), pos: start });
        } else if c == '-' && i + 1 < chars.len() && chars[i + 1] == '>' {
            out.push(Token { tok: Tok::Arrow, pos: start });
            i += 2;
        } else if c == '→' {
            out.push(Token { tok: Tok::Arrow, pos: start });
            i += 1;
        } else if c == '*' && i + 1 < chars.len() && chars[i + 1] == '*' {
            out.push(Token { tok: Tok::Op('^'), pos: start });
            i += 2;
        } else if c == '⁻' || superscript_digit(c).is_some() {
            let negative = c == '⁻';
            if negative {
                i += 1;
            }
            let mut value: i32 = 0;
            let mut digits = 0;
            while i < chars.len() {
                match superscript_digit(chars[i]) {
                    Some(d) if digits < 4 => {
                        value = value * 10 + d;
                        digits += 1;
                        i += 1;
                    }
                    Some(_) => {
                        return Err(UnitError::new(ReadError::ExponentTooLarge, "", Some(start)))
                    }
                    None => break,
                }
            }
            if digits == 0 {
                return Err(UnitError::new(ReadError::LoneSuperscriptMinus, "⁻", Some(start)));
            }
            out.push(Token { tok: Tok::Super(if negative { -value } else { value }), pos: start });
        } else {
            let op = match c {
                '+' | '*' | '/' | '^' | '(' | ')' | ';' => c,
                '-' | '−' | '–' => '-',
                '·' | '×' | '⋅' | '∙' => '*',
                '÷' => '/',
                '[' | '{' => '(',
                ']' | '}' => ')',
                _ => {
                    return Err(UnitError::new(
                        ReadError::UnexpectedCharacter { character: c, position: start },
                        &c.to_string(),
                        Some(start),
                    ))
                }
            };
            out.push(Token { tok: Tok::Op(op), pos: start });
            i += 1;
        }
    }
    Ok(out)
}

/// Parses a decimal literal exactly, falling back to `f64` when it is too long for a
/// fraction; an overflowing literal (`1e99999`) is an error rather than infinity.
pub fn parse_number(text: &str) -> Result<Number, UnitError> {
    if text.matches('.').count() > 1 {
        return Err(UnitError::new(NumberError::MultipleDecimalPoints { text: text.to_string() }, text, None));
    }
    if let Some(r) = Rational::parse_decimal(text) {
        return Ok(Number::from_rational(r));
    }
    match text.parse::<f64>() {
        Ok(x) if x.is_infinite() => Err(UnitError::new(NumberError::TooLarge { text: text.to_string() }, text, None)),
        Ok(x) if x == 0.0 && text.chars().any(|c| ('1'..='9').contains(&c)) && text.contains('e') => {
            let mantissa_nonzero = text.split('e').next().map(|m| m.chars().any(|c| ('1'..='9').contains(&c))).unwrap_or(false);
            if mantissa_nonzero {
                Err(UnitError::new(NumberError::TooSmall { text: text.to_string() }, text, None))
            } else {
                Ok(Number::ZERO)
            }
        }
        Ok(x) => Ok(Number::Float(x)),
        Err(_) => Err(UnitError::new(NumberError::NotANumber { text: text.to_string() }, text, None)),
    }
}

/// A recursive-descent parser over one slice of tokens (see the module documentation
/// for precedence). Parentheses and unary signs nest at most 64 deep, so no input can
/// exhaust the stack.
pub struct Parser<'a> {
    toks: &'a [Token],
    pos: usize,
    depth: usize,
    /// Characters in the whole line, where "ends too early" points.
    input_len: usize,
}

impl<'a> Parser<'a> {
    /// A parser for `toks`, which may be part of a longer line: `input_len` is that line's
    /// length in characters, where an error for input that ends too early points.
    pub fn new(toks: &'a [Token], input_len: usize) -> Parser<'a> {
        Parser { toks, pos: 0, depth: 0, input_len }
    }

    fn peek(&self) -> Option<&Tok> {
        self.toks.get(self.pos).map(|t| &t.tok)
    }

    fn peek_at(&self, k: usize) -> Option<&Tok> {
        self.toks.get(self.pos + k).map(|t| &t.tok)
    }

    fn here(&self) -> usize {
        self.toks.get(self.pos).map(|t| t.pos).unwrap_or(self.input_len)
    }

    fn unexpected(&self) -> UnitError {
        match self.toks.get(self.pos) {
            None => UnitError::new(ReadError::EndsTooEarly, "", Some(self.input_len)),
            Some(t) => {
                let text = match &t.tok {
                    Tok::Num(s) | Tok::Ident(s) => s.clone(),
                    Tok::Op(c) => c.to_string(),
                    // As typed: `²`, `⁻¹` (one character a digit, so the span fits).
                    Tok::Super(n) => superscript(*n),
                    Tok::Arrow => "->".to_string(),
                };
                UnitError::new(ReadError::UnexpectedToken { token: text.clone(), position: t.pos }, &text, Some(t.pos))
            }
        }
    }

    /// Parses the whole token slice as one expression.
    pub fn parse_all(mut self) -> Result<Expr, UnitError> {
        if self.toks.is_empty() {
            return Err(UnitError::new(ReadError::Empty, "", Some(0)));
        }
        let e = self.sum()?;
        if self.pos < self.toks.len() {
            return Err(self.unexpected());
        }
        Ok(e)
    }

    fn enter(&mut self) -> Result<(), UnitError> {
        self.depth += 1;
        if self.depth > MAX_DEPTH {
            return Err(UnitError::new(ReadError::NestedTooDeeply, "", Some(self.here())));
        }
        Ok(())
    }

    fn sum(&mut self) -> Result<Expr, UnitError> {
        let mut lhs = self.product()?;
        loop {
            match self.peek() {
                Some(Tok::Op('+')) => {
                    self.pos += 1;
                    let rhs = self.product()?;
                    lhs = Expr::Add(Box::new(lhs), Box::new(rhs));
                }
                Some(Tok::Op('-')) => {
                    self.pos += 1;
                    let rhs = self.product()?;
                    lhs = Expr::Sub(Box::new(lhs), Box::new(rhs));
                }
                // `5 ft 3 in`: a number right after a term with a unit starts a new term.
                Some(Tok::Num(_)) if has_unit(&lhs) => {
                    let rhs = self.product()?;
                    lhs = Expr::Add(Box::new(lhs), Box::new(rhs));
                }
                _ => return Ok(lhs),
            }
        }
    }

    fn product(&mut self) -> Result<Expr, UnitError> {
        let mut lhs = self.juxtaposition()?;
        loop {
            match self.peek() {
                Some(Tok::Op('*')) => {
                    self.pos += 1;
                    let rhs = self.juxtaposition()?;
                    lhs = Expr::Mul(Box::new(lhs), Box::new(rhs));
                }
                Some(Tok::Op('/')) => {
                    self.pos += 1;
                    let rhs = self.juxtaposition()?;
                    lhs = Expr::Div(Box::new(lhs), Box::new(rhs));
                }
                _ => return Ok(lhs),
            }
        }
    }

    fn juxtaposition(&mut self) -> Result<Expr, UnitError> {
        let mut lhs = self.power()?;
        loop {
            match self.peek() {
                Some(Tok::Ident(_)) | Some(Tok::Op('(')) => {}
                Some(Tok::Num(_)) if !has_unit(&lhs) => {}
                _ => return Ok(lhs),
            }
            let rhs = self.power()?;
            // `1 1/2 cups`, `5 3/8 in`: a whole number before a proper fraction is a mixed
            // number, as recipes and tape measures write it, not a product.
            lhs = if is_mixed_number(&lhs, &rhs) {
                Expr::Add(Box::new(lhs), Box::new(rhs))
            } else {
                Expr::Mul(Box::new(lhs), Box::new(rhs))
            };
        }
    }

    fn power(&mut self) -> Result<Expr, UnitError> {
        let base = self.unary()?;
        match self.peek() {
            Some(Tok::Op('^')) => {
                self.pos += 1;
                let e = self.exponent()?;
                Ok(Expr::Pow(Box::new(base), e))
            }
            Some(Tok::Super(n)) => {
                let n = *n;
                self.pos += 1;
                Ok(Expr::Pow(Box::new(base), Rational::from_int(n as i128)))
            }
            _ => Ok(base),
        }
    }

    /// An exponent is a plain number: `2`, `-1`, `0.5`, `(1/2)`, `(-3)`.
    fn exponent(&mut self) -> Result<Rational, UnitError> {
        let start = self.here();
        let parenthesized = self.peek() == Some(&Tok::Op('('));
        if parenthesized {
            self.pos += 1;
        }
        let negative = self.peek() == Some(&Tok::Op('-'));
        if negative {
            self.pos += 1;
        }
        let mut value = self.exponent_literal(start)?;
        if parenthesized && self.peek() == Some(&Tok::Op('/')) {
            self.pos += 1;
            let den = self.exponent_literal(start)?;
            value = value.checked_div(den).ok_or_else(|| bad_exponent(start))?;
        }
        if parenthesized {
            if self.peek() != Some(&Tok::Op(')')) {
                return Err(self.unexpected());
            }
            self.pos += 1;
        }
        Ok(if negative { value.neg() } else { value })
    }

    fn exponent_literal(&mut self, start: usize) -> Result<Rational, UnitError> {
        match self.peek() {
            Some(Tok::Num(text)) => {
                let r = Rational::parse_decimal(text).ok_or_else(|| bad_exponent(start))?;
                // Exponents are small in any real unit; a bound keeps powers cheap.
                if r.numer().abs() > 1000 || r.denom() > 1000 {
                    return Err(bad_exponent(start));
                }
                self.pos += 1;
                Ok(r)
            }
            _ => Err(self.unexpected()),
        }
    }

    fn unary(&mut self) -> Result<Expr, UnitError> {
        match self.peek() {
            Some(Tok::Op('-')) => {
                self.pos += 1;
                self.enter()?;
                let e = self.unary()?;
                self.depth -= 1;
                Ok(Expr::Neg(Box::new(e)))
            }
            Some(Tok::Op('+')) => {
                self.pos += 1;
                self.enter()?;
                let e = self.unary();
                self.depth -= 1;
                e
            }
            _ => self.atom(),
        }
    }

    fn atom(&mut self) -> Result<Expr, UnitError> {
        let tok = match self.toks.get(self.pos) {
            Some(t) => t.clone(),
            None => return Err(self.unexpected()),
        };
        match tok.tok {
            Tok::Num(text) => {
                self.pos += 1;
                let value = parse_number(&text).map_err(|e| e.at(tok.pos))?;
                // `1/2` between two plain numbers is a fraction literal.
                if let (Some(Tok::Op('/')), Some(Tok::Num(den_text))) = (self.peek(), self.peek_at(1)) {
                    let den_text = den_text.clone();
                    let den = parse_number(&den_text).map_err(|e| e.at(self.toks[self.pos + 1].pos))?;
                    self.pos += 2;
                    return Ok(Expr::Div(
                        Box::new(Expr::Num { text, value }),
                        Box::new(Expr::Num { text: den_text, value: den }),
                    ));
                }
                Ok(Expr::Num { text, value })
            }
            Tok::Ident(name) => {
                self.pos += 1;
                // `pi/180 rad` reads like `1/2 cup`: the constant over a number is one number.
                if name == "pi" || name == "π" {
                    if let (Some(Tok::Op('/')), Some(Tok::Num(den_text))) = (self.peek(), self.peek_at(1)) {
                        let den_text = den_text.clone();
                        let den = parse_number(&den_text).map_err(|e| e.at(self.toks[self.pos + 1].pos))?;
                        self.pos += 2;
                        return Ok(Expr::Div(
                            Box::new(Expr::Unit { name, pos: tok.pos }),
                            Box::new(Expr::Num { text: den_text, value: den }),
                        ));
                    }
                }
                Ok(Expr::Unit { name, pos: tok.pos })
            }
            Tok::Op('(') => {
                self.pos += 1;
                self.enter()?;
                let e = self.sum()?;
                self.depth -= 1;
                if self.peek() != Some(&Tok::Op(')')) {
                    return Err(match self.peek() {
                        None => UnitError::new(ReadError::Unclosed { position: tok.pos }, "(", Some(tok.pos)),
                        Some(_) => self.unexpected(),
                    });
                }
                self.pos += 1;
                Ok(e)
            }
            _ => Err(self.unexpected()),
        }
    }
}

fn bad_exponent(pos: usize) -> UnitError {
    UnitError::new(ReadError::BadExponent, "^", Some(pos))
}

/// Whether the expression contains a name (a unit or a constant such as `pi`) rather than
/// only numbers; a number after such a term starts an implicit sum (`5 ft 3 in`).
/// `2` → `²`, `-1` → `⁻¹`.
fn superscript(n: i32) -> String {
    const DIGITS: [char; 10] = ['⁰', '¹', '²', '³', '⁴', '⁵', '⁶', '⁷', '⁸', '⁹'];
    let mut out = String::new();
    if n < 0 {
        out.push('⁻');
    }
    for d in n.unsigned_abs().to_string().bytes() {
        out.push(DIGITS[(d - b'0') as usize]);
    }
    out
}

/// A whole number literal followed by a fraction literal below one (`1` `1/2`).
fn is_mixed_number(whole: &Expr, fraction: &Expr) -> bool {
    let whole_number = matches!(whole, Expr::Num { text, .. } if text.chars().all(|c| c.is_ascii_digit()));
    let proper = match fraction {
        Expr::Div(n, d) => match (&**n, &**d) {
            (Expr::Num { text: a, value: x }, Expr::Num { text: b, value: y }) => {
                a.chars().all(|c| c.is_ascii_digit())
                    && b.chars().all(|c| c.is_ascii_digit())
                    && x.to_f64() < y.to_f64()
            }
            _ => false,
        },
        _ => false,
    };
    whole_number && proper
}

/// Whether an expression holds a unit name anywhere.
pub fn has_unit(e: &Expr) -> bool {
    match e {
        Expr::Num { .. } => false,
        Expr::Unit { .. } => true,
        Expr::Neg(a) | Expr::Pow(a, _) => has_unit(a),
        Expr::Add(a, b) | Expr::Sub(a, b) | Expr::Mul(a, b) | Expr::Div(a, b) => has_unit(a) || has_unit(b),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn parse(s: &str) -> Expr {
        let toks = tokenize(s).unwrap();
        Parser::new(&toks, s.chars().count()).parse_all().unwrap()
    }

    #[test]
    fn implicit_sum_and_fraction() {
        assert!(matches!(parse("5 ft 3 in"), Expr::Add(_, _)));
        assert!(matches!(parse("1/2 cup"), Expr::Mul(_, _)));
        assert!(matches!(parse("J/kg K"), Expr::Div(_, _)));
        assert!(matches!(parse("m²"), Expr::Pow(_, _)));
    }
}
