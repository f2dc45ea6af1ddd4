//! The house in order: no import circle between the modules under `src/`, no
//! file over 500 lines, and no browser crate in the model.
//!
//! Reads the source, not the compiler: every `use` and every `crate::…` or
//! `super::…` path outside `#[cfg(test)]` items is an edge from its file's
//! module to the module it names; a `pub use` re-export is followed to the
//! module that defines the item (the re-export itself is an edge too).

use std::collections::{BTreeMap, BTreeSet};
use std::fs;
use std::path::{Path, PathBuf};

const MAX_LINES: usize = 500;

fn rust_files(dir: &Path, out: &mut Vec<PathBuf>) {
    let mut entries: Vec<_> = fs::read_dir(dir)
        .unwrap()
        .map(|e| e.unwrap().path())
        .collect();
    entries.sort();
    for p in entries {
        if p.is_dir() {
            rust_files(&p, out);
        } else if p.extension().is_some_and(|e| e == "rs") {
            out.push(p);
        }
    }
}

fn src() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("src")
}

/// "model/data/mod.rs" → "model::data"; "lib.rs" → "" (the crate root).
fn module_name(rel: &str) -> String {
    let rel = rel.trim_end_matches(".rs");
    let rel = rel.strip_suffix("/mod").unwrap_or(rel);
    if rel == "lib" {
        String::new()
    } else {
        rel.replace('/', "::")
    }
}

/// The code with comments, string and char literals blanked to spaces (line
/// breaks kept), so that braces and paths are read from code only.
fn blank(text: &str) -> String {
    let c: Vec<char> = text.chars().collect();
    let mut out = String::with_capacity(text.len());
    let keep = |ch: char| if ch == '\n' { '\n' } else { ' ' };
    let mut i = 0;
    while i < c.len() {
        let at = |k: usize| c.get(k).copied().unwrap_or('\0');
        if c[i] == '/' && at(i + 1) == '/' {
            while i < c.len() && c[i] != '\n' {
                out.push(' ');
                i += 1;
            }
        } else if c[i] == '/' && at(i + 1) == '*' {
            let mut depth = 0;
            while i < c.len() {
                if c[i] == '/' && at(i + 1) == '*' {
                    depth += 1;
                    out.push_str("  ");
                    i += 2;
                } else if c[i] == '*' && at(i + 1) == '/' {
                    depth -= 1;
                    out.push_str("  ");
                    i += 2;
                    if depth == 0 {
                        break;
                    }
                } else {
                    out.push(keep(c[i]));
                    i += 1;
                }
            }
        } else if c[i] == 'r'
            && (at(i + 1) == '"' || (at(i + 1) == '#' && matches!(at(i + 2), '"' | '#')))
            && !(i > 0 && (c[i - 1].is_alphanumeric() || c[i - 1] == '_'))
        {
            // Raw string: r"…", r#"…"#.
            let mut hashes = 0;
            let mut j = i + 1;
            while at(j) == '#' {
                hashes += 1;
                j += 1;
            }
            j += 1; // the opening quote
            loop {
                if j >= c.len() {
                    break;
                }
                if c[j] == '"' && (1..=hashes).all(|h| at(j + h) == '#') {
                    j += 1 + hashes;
                    break;
                }
                j += 1;
            }
            out.extend(c[i..j.min(c.len())].iter().map(|&ch| keep(ch)));
            i = j;
        } else if c[i] == '"' {
            out.push(' ');
            i += 1;
            while i < c.len() && c[i] != '"' {
                if c[i] == '\\' {
                    out.push(' ');
                    i += 1;
                }
                if i < c.len() {
                    out.push(keep(c[i]));
                    i += 1;
                }
            }
            out.push(' ');
            i += 1;
        } else if c[i] == '\'' && (at(i + 2) == '\'' || at(i + 1) == '\\') {
            // A char literal ('{', '\n', '\u{A0}'); a lifetime has no closing quote.
            let mut j = i + 1;
            if at(j) == '\\' {
                j += 2;
            } else {
                j += 1;
            }
            while j < c.len() && c[j] != '\'' {
                j += 1;
            }
            j += 1;
            out.extend(c[i..j.min(c.len())].iter().map(|&ch| keep(ch)));
            i = j;
        } else {
            out.push(c[i]);
            i += 1;
        }
    }
    out
}

/// `code` (blanked) without the items under a `#[cfg(test)]` or
/// `#[cfg(all(test, …))]` attribute.
fn without_tests(code: &str) -> String {
    let b = code.as_bytes();
    let mut out = String::with_capacity(code.len());
    let mut i = 0;
    while i < b.len() {
        let rest = &code[i..];
        let is_test_attr = rest.starts_with("#[cfg(test)]") || rest.starts_with("#[cfg(all(test");
        if !is_test_attr {
            let ch = rest.chars().next().unwrap();
            out.push(ch);
            i += ch.len_utf8();
            continue;
        }
        // Skip the item: to its `;` or to the brace closing its first `{`
        // (attributes in between are skipped the same way).
        let mut depth = 0usize;
        let mut brackets = 0usize;
        while i < b.len() {
            match b[i] {
                b'[' => brackets += 1,
                b']' => brackets = brackets.saturating_sub(1),
                b'{' if brackets == 0 => depth += 1,
                b'}' if brackets == 0 => {
                    depth -= 1;
                    if depth == 0 {
                        i += 1;
                        break;
                    }
                }
                b';' if depth == 0 && brackets == 0 => {
                    i += 1;
                    break;
                }
                _ => {}
            }
            if b[i] == b'\n' {
                out.push('\n');
            }
            i += 1;
        }
    }
    out
}

fn is_ident(c: char) -> bool {
    c.is_alphanumeric() || c == '_'
}

/// Expands a use tree ("a::{b, c::{d, e}}", "a::b as c") into its paths.
fn expand(tree: &str) -> Vec<Vec<String>> {
    let tree = tree.trim();
    let segments = |s: &str| -> Vec<String> {
        s.split("::")
            .map(str::trim)
            .filter(|s| !s.is_empty())
            .map(String::from)
            .collect()
    };
    let Some(open) = tree.find('{') else {
        return vec![segments(tree.split_whitespace().next().unwrap_or(""))];
    };
    let prefix = segments(&tree[..open]);
    let inner = &tree[open + 1..tree.rfind('}').unwrap_or(tree.len())];
    let mut parts = Vec::new();
    let (mut depth, mut start) = (0, 0);
    for (k, ch) in inner.char_indices() {
        match ch {
            '{' => depth += 1,
            '}' => depth -= 1,
            ',' if depth == 0 => {
                parts.push(&inner[start..k]);
                start = k + 1;
            }
            _ => {}
        }
    }
    parts.push(&inner[start..]);
    let mut out = Vec::new();
    for part in parts.into_iter().filter(|p| !p.trim().is_empty()) {
        for tail in expand(part) {
            let mut p = prefix.clone();
            p.extend(tail);
            out.push(p);
        }
    }
    out
}

struct Use {
    path: Vec<String>,
    public: bool,
    /// A `use` statement (its first segment may name a child module).
    statement: bool,
}

/// Every `use` statement and every other `crate::…`/`super::…` path.
fn uses(code: &str) -> Vec<Use> {
    let chars: Vec<(usize, char)> = code.char_indices().collect();
    let mut out = Vec::new();
    let mut covered = 0; // byte offset up to which `use` statements were read
    let word_at = |k: usize, w: &str| {
        code[k..].starts_with(w)
            && !code[..k].chars().next_back().is_some_and(is_ident)
            && !code[k + w.len()..].chars().next().is_some_and(is_ident)
    };
    for &(k, _) in &chars {
        if k < covered {
            continue;
        }
        if word_at(k, "use") {
            let end = k + code[k..].find(';').unwrap_or(code.len() - k);
            let before = code[..k].trim_end();
            let public = before.ends_with("pub") || before.ends_with(')');
            for path in expand(&code[k + 3..end]) {
                out.push(Use {
                    path,
                    public,
                    statement: true,
                });
            }
            covered = end;
        } else if word_at(k, "crate::") || word_at(k, "super::") {
            let mut end = k;
            let mut segs = Vec::new();
            loop {
                let seg_end = end + code[end..].find(|c: char| !is_ident(c)).unwrap_or(0);
                if seg_end == end {
                    break;
                }
                segs.push(code[end..seg_end].to_string());
                if code[seg_end..].starts_with("::") {
                    end = seg_end + 2;
                } else {
                    end = seg_end;
                    break;
                }
            }
            covered = end;
            out.push(Use {
                path: segs,
                public: false,
                statement: false,
            });
        }
    }
    out
}

struct Graph {
    modules: BTreeSet<String>,
    edges: BTreeMap<String, BTreeSet<String>>,
}

fn join(segs: &[String]) -> String {
    segs.join("::")
}

/// The absolute path a use names from module `m`, or None for another crate.
fn absolute(m: &str, u: &Use, modules: &BTreeSet<String>) -> Option<Vec<String>> {
    let mut base: Vec<String> = if m.is_empty() {
        vec![]
    } else {
        m.split("::").map(String::from).collect()
    };
    let mut rest = u.path.as_slice();
    match rest.first().map(String::as_str) {
        Some("crate") => {
            base.clear();
            rest = &rest[1..];
        }
        Some("super") | Some("self") => {
            while let Some(s) = rest.first() {
                match s.as_str() {
                    "super" => {
                        base.pop();
                    }
                    "self" => {}
                    _ => break,
                }
                rest = &rest[1..];
            }
        }
        Some(first) if u.statement => {
            let mut child = base.clone();
            child.push(first.to_string());
            if !modules.contains(&join(&child)) {
                return None;
            }
        }
        _ => return None,
    }
    base.extend(rest.iter().filter(|s| *s != "self" && *s != "*").cloned());
    Some(base)
}

/// The module that defines what `path` names, following explicit re-exports.
fn target(path: &[String], g: &Graph, reexports: &BTreeMap<String, Vec<String>>) -> String {
    let mut n = path.len();
    while n > 0 && !g.modules.contains(&join(&path[..n])) {
        n -= 1;
    }
    let module = join(&path[..n]);
    if n < path.len() {
        let item = format!("{module}::{}", path[n]);
        if let Some(to) = reexports.get(&item).filter(|to| to.as_slice() != path) {
            return target(to, g, reexports);
        }
    }
    module
}

fn graph() -> Graph {
    let root = src();
    let mut files = Vec::new();
    rust_files(&root, &mut files);
    let mut code = BTreeMap::new();
    for f in &files {
        let rel = f
            .strip_prefix(&root)
            .unwrap()
            .to_string_lossy()
            .replace('\\', "/");
        // main.rs is another crate (it reaches the model by name); a file
        // named tests.rs is a `#[cfg(test)] mod tests;`.
        if rel == "main.rs" || rel.ends_with("/tests.rs") {
            continue;
        }
        let text = fs::read_to_string(f).unwrap();
        code.insert(module_name(&rel), without_tests(&blank(&text)));
    }
    let mut g = Graph {
        modules: code.keys().cloned().collect(),
        edges: BTreeMap::new(),
    };
    let mut reexports = BTreeMap::new();
    let mut all = Vec::new();
    for (m, c) in &code {
        for u in uses(c) {
            if let Some(abs) = absolute(m, &u, &g.modules) {
                if u.public && u.statement && u.path.last().is_some_and(|s| s != "*") {
                    let name = format!("{m}::{}", abs.last().unwrap());
                    reexports.insert(name, abs.clone());
                }
                all.push((m.clone(), abs));
            }
        }
    }
    for (m, abs) in all {
        let to = target(&abs, &g, &reexports);
        if to != m && !to.is_empty() {
            g.edges.entry(m).or_default().insert(to);
        }
    }
    g
}

/// A circle of imports, if any: the modules in order, the first repeated.
fn find_cycle(g: &Graph) -> Option<Vec<String>> {
    #[derive(Clone, Copy, PartialEq)]
    enum Mark {
        New,
        Open,
        Done,
    }
    fn visit(
        m: &str,
        g: &Graph,
        mark: &mut BTreeMap<String, Mark>,
        stack: &mut Vec<String>,
    ) -> Option<Vec<String>> {
        mark.insert(m.to_string(), Mark::Open);
        stack.push(m.to_string());
        for to in g.edges.get(m).into_iter().flatten() {
            match mark.get(to).copied().unwrap_or(Mark::New) {
                Mark::Open => {
                    let from = stack.iter().position(|s| s == to).unwrap();
                    let mut cycle = stack[from..].to_vec();
                    cycle.push(to.clone());
                    return Some(cycle);
                }
                Mark::New => {
                    if let Some(c) = visit(to, g, mark, stack) {
                        return Some(c);
                    }
                }
                Mark::Done => {}
            }
        }
        stack.pop();
        mark.insert(m.to_string(), Mark::Done);
        None
    }
    let mut mark = BTreeMap::new();
    for m in &g.modules {
        if mark.get(m).copied().unwrap_or(Mark::New) == Mark::New {
            if let Some(c) = visit(m, g, &mut mark, &mut Vec::new()) {
                return Some(c);
            }
        }
    }
    None
}

#[test]
fn no_module_imports_itself_through_others() {
    let g = graph();
    if let Some(cycle) = find_cycle(&g) {
        panic!("import circle: {}", cycle.join(" → "));
    }
}

#[test]
fn the_graph_is_read() {
    // The reader finds the edges it must: a `super::` use, a `crate::model::`
    // path through the model's re-exports, and a re-export itself.
    let g = graph();
    let has = |from: &str, to: &str| g.edges.get(from).is_some_and(|e| e.contains(to));
    assert!(has("model::cost", "model::scenario"));
    assert!(has("model::cost::breakeven", "model::data"));
    assert!(has("model", "model::scenario"));
    assert!(has("model::data", "model::data::currency"));
    let mut with_cycle = Graph {
        modules: g.modules.clone(),
        edges: g.edges.clone(),
    };
    with_cycle
        .edges
        .entry("model::scenario".into())
        .or_default()
        .insert("model::cost".into());
    let cycle = find_cycle(&with_cycle).expect("a circle added is found");
    assert_eq!(cycle.first(), cycle.last());
}

#[test]
fn no_file_is_longer_than_500_lines() {
    let root = src();
    let mut files = Vec::new();
    rust_files(&root, &mut files);
    let long: Vec<String> = files
        .iter()
        .filter_map(|f| {
            let n = fs::read_to_string(f).unwrap().lines().count();
            (n > MAX_LINES).then(|| format!("{} ({n} lines)", f.display()))
        })
        .collect();
    assert!(long.is_empty(), "over {MAX_LINES} lines: {long:?}");
}

#[test]
fn the_model_uses_no_browser_crate() {
    let mut files = Vec::new();
    rust_files(&src().join("model"), &mut files);
    assert!(
        files.len() > 10,
        "precondition: the model's files are found"
    );
    for f in files {
        let code = blank(&fs::read_to_string(&f).unwrap());
        for word in ["yew", "web_sys", "gloo", "js_sys", "wasm_bindgen"] {
            let found = code.match_indices(word).any(|(k, _)| {
                !code[..k].chars().next_back().is_some_and(is_ident)
                    && !code[k + word.len()..].chars().next().is_some_and(is_ident)
            });
            assert!(!found, "{} uses {word}", f.display());
        }
    }
}
