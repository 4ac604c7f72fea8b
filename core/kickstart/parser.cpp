// SPDX-License-Identifier: GPL-3.0-or-later
#include "parser.h"

#include <algorithm>

namespace Crashcart::Kickstart {

int Document::lineOf(qsizetype offset) const
{
    const auto it = std::upper_bound(lineStarts.cbegin(), lineStarts.cend(), offset);
    return int(it - lineStarts.cbegin());
}

int Document::column(qsizetype offset) const
{
    const int line = lineOf(offset);
    qsizetype i = line > 0 ? lineStarts[line - 1] : 0;
    int col = 1;
    for (; i < offset && i < source.size(); ++i) {
        if ((uchar(source[i]) & 0xC0) != 0x80)
            ++col;
    }
    // A multibyte character's continuation bytes belong to the column of its first byte.
    return col;
}

namespace Parser {

namespace {

enum class Mode { Commands, Script, Packages, Ignored };

const QByteArray includeWord = QByteArrayLiteral("%include");
const QByteArray ksappendWord = QByteArrayLiteral("%ksappend");
const QByteArray endWord = QByteArrayLiteral("%end");

class Builder
{
public:
    explicit Builder(Document &doc) : m_doc(doc), m_data(doc.source.constData()) { }

    void run();

private:
    void push(TokenKind kind, qsizetype begin, qsizetype end);
    void emitSplit(const SplitLine &split, qsizetype lineBegin, qsizetype contentEnd, TokenKind firstKind);
    void commandLine(const SplitLine &split, qsizetype begin, qsizetype contentEnd);
    void closeOpenSection(int atLine, bool eof);

    Document &m_doc;
    const char *m_data;
    Mode m_mode = Mode::Commands;
    int m_line = 0;
    qsizetype m_lineBegin = 0;
    qsizetype m_colOffset = 0;
    int m_col = 1;
};

void Builder::push(TokenKind kind, qsizetype begin, qsizetype end)
{
    if (end <= begin)
        return;
    for (; m_colOffset < begin; ++m_colOffset) {
        if ((uchar(m_data[m_colOffset]) & 0xC0) != 0x80)
            ++m_col;
    }
    m_doc.tokens.append(Token { kind, begin, end - begin, m_line, m_col });
}

void Builder::emitSplit(const SplitLine &split, qsizetype lineBegin, qsizetype contentEnd, TokenKind firstKind)
{
    qsizetype pos = lineBegin;
    for (qsizetype n = 0; n < split.words.size(); ++n) {
        const Word &w = split.words[n];
        push(TokenKind::Whitespace, pos, w.begin);
        if (n == 0) {
            push(firstKind, w.begin, w.end);
        } else if (m_data[w.begin] == '-' && w.end - w.begin > 1) {
            const char *eq = std::find(m_data + w.begin, m_data + w.end, '=');
            const qsizetype e = eq - m_data;
            push(TokenKind::Option, w.begin, e);
            if (e < w.end) {
                push(TokenKind::Equals, e, e + 1);
                push(TokenKind::Value, e + 1, w.end);
            }
        } else {
            push(TokenKind::Value, w.begin, w.end);
        }
        pos = w.end;
    }
    if (split.commentBegin >= 0) {
        push(TokenKind::Whitespace, pos, split.commentBegin);
        push(TokenKind::Comment, split.commentBegin, contentEnd);
    } else {
        push(TokenKind::Whitespace, pos, contentEnd);
    }
}

void Builder::closeOpenSection(int atLine, bool eof)
{
    if (m_mode == Mode::Commands)
        return;
    Section &s = m_doc.sections.last();
    s.interruptedAt = atLine;
    s.interruptedByEof = eof;
    m_mode = Mode::Commands;
}

void Builder::commandLine(const SplitLine &split, qsizetype begin, qsizetype contentEnd)
{
    const Statement statement { m_line, begin, split };
    if (split.words.isEmpty()) {
        emitSplit(split, begin, contentEnd, TokenKind::Command);
        return;
    }
    const QByteArray &first = split.words[0].value;
    if (first == includeWord || first == ksappendWord) {
        emitSplit(split, begin, contentEnd, TokenKind::Directive);
        m_doc.includes.append(Include { statement, -1 });
    } else if (first == endWord) {
        emitSplit(split, begin, contentEnd, TokenKind::SectionEnd);
        m_doc.strayEnds.append(statement);
    } else if (first.startsWith('%')) {
        emitSplit(split, begin, contentEnd, TokenKind::SectionHeader);
        Section s;
        s.name = first;
        s.known = sectionNames().contains(first);
        s.header = statement;
        m_doc.sections.append(s);
        m_mode = !s.known ? Mode::Ignored
            : isScriptSection(first) ? Mode::Script
            : first == "%packages" ? Mode::Packages
                                   : Mode::Ignored;
    } else {
        emitSplit(split, begin, contentEnd, TokenKind::Command);
        m_doc.commands.append(statement);
    }
}

void Builder::run()
{
    const QByteArray &src = m_doc.source;
    const qsizetype size = src.size();
    qsizetype begin = 0;
    while (begin < size) {
        ++m_line;
        m_lineBegin = begin;
        m_colOffset = begin;
        m_col = 1;
        m_doc.lineStarts.append(begin);
        const char *nl = std::find(m_data + begin, m_data + size, '\n');
        const qsizetype next = nl - m_data;
        qsizetype contentEnd = next;
        if (next < size && contentEnd > begin && m_data[contentEnd - 1] == '\r')
            --contentEnd;
        const qsizetype lineEnd = next < size ? next + 1 : size;

        qsizetype p = begin;
        while (p < contentEnd && (m_data[p] == ' ' || m_data[p] == '\t'))
            ++p;
        bool handled = false;
        if (p < contentEnd && m_data[p] == '%' && m_mode != Mode::Commands) {
            const SplitLine split = WordSplitter::split(src, begin, contentEnd);
            const QByteArray first = split.words.value(0).value;
            if (first == endWord) {
                emitSplit(split, begin, contentEnd, TokenKind::SectionEnd);
                m_doc.sections.last().endLine = m_line;
                m_mode = Mode::Commands;
                handled = true;
            } else if (sectionNames().contains(first)) {
                closeOpenSection(m_line, false);
                commandLine(split, begin, contentEnd);
                handled = true;
            } else if (m_mode == Mode::Packages && (first == includeWord || first == ksappendWord)) {
                emitSplit(split, begin, contentEnd, TokenKind::Directive);
                m_doc.includes.append(Include { Statement { m_line, begin, split }, int(m_doc.sections.size() - 1) });
                handled = true;
            }
        }
        if (!handled) {
            if (m_mode == Mode::Commands) {
                if (p == contentEnd || m_data[p] == '#') {
                    push(TokenKind::Whitespace, begin, p);
                    push(TokenKind::Comment, p, contentEnd);
                } else {
                    commandLine(WordSplitter::split(src, begin, contentEnd), begin, contentEnd);
                }
            } else {
                m_doc.sections.last().body.append(BodyLine { m_line, begin, contentEnd });
                if (m_mode == Mode::Packages && p < contentEnd && m_data[p] != '#') {
                    emitSplit(WordSplitter::split(src, begin, contentEnd), begin, contentEnd, TokenKind::PackageEntry);
                } else if (m_mode == Mode::Packages) {
                    push(TokenKind::Whitespace, begin, p);
                    push(TokenKind::Comment, p, contentEnd);
                } else {
                    push(TokenKind::ScriptLine, begin, contentEnd);
                }
            }
        }
        push(TokenKind::Newline, contentEnd, lineEnd);
        begin = lineEnd;
    }
    closeOpenSection(m_line, true);
}

} // namespace

const QList<QByteArray> &sectionNames()
{
    static const QList<QByteArray> names = {
        "%pre", "%pre-install", "%post", "%onerror", "%traceback", "%packages", "%certificate", "%addon", "%anaconda",
    };
    return names;
}

bool isScriptSection(const QByteArray &name)
{
    return name == "%pre" || name == "%pre-install" || name == "%post" || name == "%onerror" || name == "%traceback";
}

Document parse(const QByteArray &source)
{
    Document doc;
    doc.source = source;
    doc.tokens.reserve(source.size() / 8 + 4);
    Builder(doc).run();
    return doc;
}

} // namespace Parser

} // namespace Crashcart::Kickstart
