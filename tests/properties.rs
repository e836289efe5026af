//! Properties over any input: no panic, spans in bounds and on char boundaries, offsets in
//! code points agree with offsets in bytes, sentences cover the text in order.

use proptest::prelude::*;
use vnextract::normalize::normalize;
use vnextract::record::{sentence_records, token_records, word_records};
use vnextract::segment::TokenKind;
use vnextract::segment::word::WordSegmenter;
use vnextract::span::{CharIndex, Span};
use vnextract::{Article, Pipeline};

/// Characters that stress the text model: Vietnamese letters in both tone placements,
/// combining marks, spaces of every kind, zero-width characters, quotes, digits and
/// separators, other scripts and emoji.
fn news_char() -> impl Strategy<Value = char> {
    prop_oneof![
        4 => prop::sample::select(
            "aăâbcdđeêghiklmnoôơpqrstuưvxyAĂÂĐÊÔƠƯáàảãạấầẩẫậéèẻẽẹếềểễệóòỏõọốồổỗộớờởỡợúùủũụứừửữựíìỉĩịýỳỷỹỵ"
                .chars()
                .collect::<Vec<_>>()
        ),
        2 => prop::sample::select("0123456789.,%/-:@_&+$".chars().collect::<Vec<_>>()),
        2 => prop::sample::select(vec![' ', ' ', '\n', '\r', '\t', '\u{a0}', '\u{200b}', '\u{ad}', '\u{feff}', '\u{2028}', '\u{b}']),
        1 => prop::sample::select(vec!['\u{300}', '\u{301}', '\u{303}', '\u{309}', '\u{323}', '\u{302}', '\u{31b}']),
        1 => prop::sample::select("“”‘’\"'()[]…!?;–—«»".chars().collect::<Vec<_>>()),
        1 => prop::sample::select("习近平ไทย한국😀👍🏽".chars().collect::<Vec<_>>()),
        1 => any::<char>(),
    ]
}

fn news_text() -> impl Strategy<Value = String> {
    prop::collection::vec(news_char(), 0..200).prop_map(|chars| chars.into_iter().collect())
}

fn check_span(text: &str, span: &Span) {
    assert!(
        span.byte_start <= span.byte_end && span.byte_end <= text.len(),
        "{span:?}"
    );
    assert!(text.is_char_boundary(span.byte_start) && text.is_char_boundary(span.byte_end));
    assert_eq!(
        text[..span.byte_start].chars().count(),
        span.start,
        "{span:?}"
    );
    assert_eq!(text[..span.byte_end].chars().count(), span.end, "{span:?}");
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(512))]

    #[test]
    fn words_cover_tokens_in_order(text in news_text()) {
        let pipeline = Pipeline::builder().words(true).build();
        let analysis = pipeline.analyze(&text);
        let segmented = &analysis.segmented;
        let words = pipeline.words(&analysis);
        let chars = CharIndex::new(&text);
        // Every token of a sentence is in exactly one word, in order; no word leaves its
        // sentence; spans are on char boundaries; punctuation is never inside a word.
        let mut next = segmented.sentences.first().map_or(0, |s| s.tokens.start);
        let mut sentences = segmented.sentences.iter().peekable();
        for word in &words {
            while sentences.peek().is_some_and(|s| s.tokens.end <= word.tokens.start) {
                sentences.next();
                if let Some(s) = sentences.peek() {
                    next = next.max(s.tokens.start);
                }
            }
            prop_assert_eq!(word.tokens.start, next, "gap before {:?} in {:?}", word, text);
            let sentence = sentences.peek().expect("a word is in a sentence");
            prop_assert!(word.tokens.end <= sentence.tokens.end, "{:?} leaves its sentence", word);
            prop_assert!(!word.tokens.is_empty());
            let first = &segmented.tokens[word.tokens.start];
            let last = &segmented.tokens[word.tokens.end - 1];
            prop_assert_eq!(word.bytes.clone(), first.bytes.start..last.bytes.end);
            prop_assert!(text.is_char_boundary(word.bytes.start) && text.is_char_boundary(word.bytes.end));
            let inside = &segmented.tokens[word.tokens.clone()];
            // Only syllables join, but for a number split around its thousands separator.
            let split_number = inside.len() == 3 && inside[1].text(&text) == ".";
            if inside.len() > 1 && !split_number {
                for t in inside {
                    prop_assert_eq!(t.kind, TokenKind::Word, "{:?} inside a word in {:?}", t, text);
                }
            }
            next = word.tokens.end;
        }
        let covered: usize = words.iter().map(|w| w.tokens.len()).sum();
        let in_sentences: usize = segmented.sentences.iter().map(|s| s.tokens.len()).sum();
        prop_assert_eq!(covered, in_sentences);
        if pipeline.word_segmenter().is_some() {
            for record in word_records(&words, &text, &chars) {
                check_span(&text, &record.span);
            }
        }
    }

    #[test]
    fn lines_change_only_spaces_inside_words(text in news_text()) {
        let segmenter = WordSegmenter::new();
        for line in text.split('\n') {
            let out = segmenter.underscore_line(line);
            // Underscores in the input stay; every other change is a space turned "_".
            prop_assert_eq!(out.len(), line.len());
            for (a, b) in line.chars().zip(out.chars()) {
                prop_assert!(a == b || (a == ' ' && b == '_'), "{:?} -> {:?}", line, out);
            }
        }
    }

    #[test]
    fn spans_are_sound(text in news_text()) {
        let pipeline = Pipeline::default();
        let analysis = pipeline.analyze(&text);
        let segmented = &analysis.segmented;
        let chars = CharIndex::new(&text);
        let mut previous_end = 0;
        for (token, record) in segmented.tokens.iter().zip(token_records(segmented, &text, &chars)) {
            check_span(&text, &record.span);
            prop_assert_eq!(record.span.byte_start..record.span.byte_end, token.bytes.clone());
            prop_assert!(!token.bytes.is_empty(), "empty token in {:?}", text);
            prop_assert!(token.bytes.start >= previous_end, "tokens overlap in {:?}", text);
            previous_end = token.bytes.end;
        }
        // Sentences hold every token once, in order, and only whitespace lies between them.
        let mut next_token = 0;
        let mut covered = 0;
        for (sentence, record) in segmented.sentences.iter().zip(sentence_records(segmented, &text, &chars)) {
            check_span(&text, &record.span);
            prop_assert_eq!(sentence.tokens.start, next_token);
            prop_assert!(sentence.tokens.end > sentence.tokens.start);
            next_token = sentence.tokens.end;
            let gap = &text[covered..sentence.bytes.start];
            prop_assert!(normalize(gap).text().trim().is_empty(), "gap {:?} in {:?}", gap, text);
            covered = sentence.bytes.end;
        }
        prop_assert_eq!(next_token, segmented.tokens.len());
        prop_assert!(normalize(&text[covered..]).text().trim().is_empty());
    }

    #[test]
    fn records_are_json(text in news_text()) {
        let pipeline = Pipeline::builder().sentences(true).tokens(true).build();
        let line = pipeline.process_to_json(&Article::new("p", text.clone()));
        let value: serde_json::Value = serde_json::from_slice(&line).unwrap();
        let chars: Vec<char> = text.chars().collect();
        if let Some(tokens) = value["tokens"].as_array() {
            for token in tokens {
                let (start, end) = (token["start"].as_u64().unwrap() as usize, token["end"].as_u64().unwrap() as usize);
                let surface: String = chars[start..end].iter().collect();
                prop_assert_eq!(surface.as_str(), token["text"].as_str().unwrap());
            }
        } else {
            prop_assert!(value["error"]["kind"] == "empty_text");
        }
    }

    #[test]
    fn normalization_maps_back(text in news_text()) {
        let normalized = normalize(&text);
        let n = normalized.text();
        let mut aligner = normalized.aligner();
        let mut b = 0;
        while b <= n.len() {
            if n.is_char_boundary(b) {
                let r = normalized.orig_range(b..n.len());
                prop_assert!(r.start <= r.end && r.end <= text.len());
                prop_assert!(text.is_char_boundary(r.start) && text.is_char_boundary(r.end));
                prop_assert_eq!(aligner.orig_range(b..n.len()), r);
            }
            b += 1;
        }
        // Normalizing twice changes nothing more.
        let again = normalize(n);
        prop_assert_eq!(again.text(), n);
    }
}
