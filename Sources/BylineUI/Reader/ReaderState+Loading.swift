import BylineKit

/// Movements made while a large article is still loading (shown from its first 64 KB,
/// ``ReaderState/loading``): what the loaded beginning could not give is kept and
/// applied to the whole article when ``ReaderState/replaceArticle(_:at:)`` brings it.
/// `G` pressed during the load then lands at the end of the article, not at the end
/// of its first 64 KB.
///
/// ```swift
/// state.loading.insert(0)                       // article 0 shown from its beginning
/// state.handle(.character("G"))                 // the end of what is loaded, for now
/// state.replaceArticle(whole, at: 0)            // the end of the whole article
/// ```
extension ReaderState {
    /// A movement of the article pane the loaded part fell short of.
    enum DeferredMove: Sendable, Hashable {
        /// `G`: the end.
        case end
        /// `N G`: line N (1-based).
        case line(Int)
        /// `N %`: N percent of the way through the whole article.
        case percent(Int)
        /// Lines down asked beyond the end of the loaded part.
        case lines(Int)
    }

    /// Whether the open article is still loading: movements are then noted.
    var isLoadingCurrent: Bool { loading.contains(current) }

    /// After a scroll by `n` lines from `before` (``scroll(_:)``): keeps what the loaded
    /// part could not give. Going up or to the top forgets it.
    mutating func noteScrollWhileLoading(_ n: Int, from before: ArticlePosition) {
        guard isLoadingCurrent else { return }
        if n >= Int.max / 4 { deferredMove = .end; return }
        guard n > 0 else { deferredMove = nil; return }
        let moved = layout.lineNumber(of: top).line - layout.lineNumber(of: before).line
        let short = n - max(0, moved)
        guard short > 0 else { return }
        switch deferredMove {
        case nil: deferredMove = .lines(short)
        case .lines(let earlier)?: deferredMove = .lines(min(Int.max / 8, earlier + short))
        case .end?, .line?, .percent?: break  // already beyond the loaded part
        }
    }

    /// After `N G` to line `n` of the article: kept when the loaded part is shorter.
    mutating func noteLineWhileLoading(_ n: Int) {
        guard isLoadingCurrent else { return }
        deferredMove = layout.lineNumber(of: top).line < n ? .line(n) : nil
    }

    /// After `N %`: a share of the whole article, which only its whole text can give.
    mutating func notePercentWhileLoading(_ n: Int) {
        guard isLoadingCurrent else { return }
        deferredMove = n > 0 ? .percent(min(100, n)) : nil
    }

    /// Applies a movement noted while the open article loaded, now that its whole text
    /// is laid out (called by ``replaceArticle(_:at:)``).
    mutating func applyDeferredMove() {
        guard let move = deferredMove else { return }
        deferredMove = nil
        switch move {
        case .end: top = layout.maxTop(rows: textRows)
        case .line(let n): top = layout.advance(layout.start, by: max(0, n - 1))
        case .percent(let n): top = layout.advance(layout.start, by: layout.lineNumber(of: top).total * n / 100)
        case .lines(let n): top = layout.advance(top, by: n)
        }
        clampTop()
    }
}
