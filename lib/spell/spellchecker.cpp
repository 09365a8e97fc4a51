// SPDX-License-Identifier: GPL-2.0-or-later
#include "spellchecker.h"

#include "wordscanner.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QMutexLocker>
#include <QTextStream>

#include <hunspell/hunspell.hxx>

namespace lga::spell {

namespace {

// Hunspell knows hyphenated words only with the ASCII hyphen.
QString withAsciiHyphens(QStringView word)
{
    QString result = word.toString();
    for (QChar &c : result) {
        if (WordScanner::isHyphen(c))
            c = u'-';
    }
    return result;
}

bool isPossessive(QStringView word)
{
    return word.size() > 2 && (word.endsWith(QLatin1StringView("'s")) || word.endsWith(u"’s"));
}

} // namespace

SpellChecker::SpellChecker(const SpellSettings &settings)
    : m_personalPath(settings.personalDictionaryPath)
{
    const QString base = QDir(settings.dictionaryDirectory).filePath(settings.language);
    const QString aff = base + QStringLiteral(".aff");
    const QString dic = base + QStringLiteral(".dic");
    if (!QFileInfo::exists(aff) || !QFileInfo::exists(dic)) {
        m_error =
            QCoreApplication::translate(
                "lga::spell::SpellChecker",
                "Spelling is not checked: the dictionary “%1” was not found in %2.")
                .arg(settings.language, QDir::toNativeSeparators(settings.dictionaryDirectory));
        return;
    }
#ifdef Q_OS_WIN
    // Hunspell opens UTF-8 paths with _wfopen only after the long path prefix.
    const QByteArray affPath = "\\\\?\\" + QDir::toNativeSeparators(aff).toUtf8();
    const QByteArray dicPath = "\\\\?\\" + QDir::toNativeSeparators(dic).toUtf8();
#else
    const QByteArray affPath = QFile::encodeName(aff);
    const QByteArray dicPath = QFile::encodeName(dic);
#endif
    m_hunspell = std::make_unique<Hunspell>(affPath.constData(), dicPath.constData());
    const QString encoding = QString::fromStdString(m_hunspell->get_dict_encoding());
    m_utf8 = encoding.compare(QLatin1StringView("UTF-8"), Qt::CaseInsensitive) == 0 ||
             !encoding.startsWith(QLatin1StringView("ISO8859-1"), Qt::CaseInsensitive);

    if (!m_personalPath.isEmpty()) {
        QFile file(m_personalPath);
        if (file.open(QIODevice::ReadOnly | QIODevice::Text)) {
            QTextStream in(&file);
            in.setEncoding(QStringConverter::Utf8);
            QString line;
            while (in.readLineInto(&line)) {
                const QString word = line.trimmed();
                if (!word.isEmpty() && !word.startsWith(u'#') && !m_personalWords.contains(word))
                    m_personalWords.append(word);
            }
        }
        for (const QString &word : std::as_const(m_personalWords))
            acceptLocked(word);
    }
    for (const QString &word : settings.siteWords) {
        m_siteWords.insert(word);
        acceptLocked(word);
    }
}

SpellChecker::~SpellChecker() = default;

bool SpellChecker::isValid() const
{
    return m_hunspell != nullptr;
}

QString SpellChecker::errorString() const
{
    return m_error;
}

bool SpellChecker::isCorrect(QStringView word) const
{
    QMutexLocker lock(&m_mutex);
    return isCorrectLocked(word);
}

QStringList SpellChecker::suggestions(QStringView word, int maximum) const
{
    QMutexLocker lock(&m_mutex);
    QStringList result;
    if (!m_hunspell)
        return result;
    for (const std::string &suggestion : m_hunspell->suggest(encode(word))) {
        if (result.size() >= maximum)
            break;
        result.append(decode(suggestion));
    }
    return result;
}

QList<Misspelling> SpellChecker::check(QStringView text, core::SourceFormat format,
                                       const QSet<QString> &ignored) const
{
    QList<Misspelling> result;
    const QList<ScannedWord> words = WordScanner::scan(text, format);
    QMutexLocker lock(&m_mutex);
    if (!m_hunspell)
        return result;
    const auto report = [&](int start, int length) {
        const QString word = text.sliced(start, length).toString();
        if (!ignored.contains(word) && !isCorrectLocked(word))
            result.append({start, length, word});
    };
    for (const ScannedWord &scanned : words) {
        const QStringView word = text.sliced(scanned.start, scanned.length);
        if (isCorrectLocked(word) || ignored.contains(word.toString()))
            continue;
        // "Wardown-based": report only the part the dictionaries do not know.
        int partStart = 0;
        bool hyphenated = false;
        for (int i = 0; i <= word.size(); ++i) {
            if (i < word.size() && !WordScanner::isHyphen(word[i]))
                continue;
            if (i < word.size())
                hyphenated = true;
            if (hyphenated && WordScanner::isCheckable(word.sliced(partStart, i - partStart)))
                report(scanned.start + partStart, i - partStart);
            partStart = i + 1;
        }
        if (!hyphenated)
            result.append({scanned.start, scanned.length, word.toString()});
    }
    return result;
}

bool SpellChecker::addToPersonalDictionary(const QString &word)
{
    const QString trimmed = word.trimmed();
    if (trimmed.isEmpty() || trimmed.contains(u' ') || trimmed.contains(u'\n'))
        return false;
    QMutexLocker lock(&m_mutex);
    if (!m_personalWords.contains(trimmed))
        m_personalWords.append(trimmed);
    acceptLocked(trimmed);
    if (m_personalPath.isEmpty())
        return false;
    QDir().mkpath(QFileInfo(m_personalPath).absolutePath());
    QFile file(m_personalPath);
    if (!file.open(QIODevice::WriteOnly | QIODevice::Append | QIODevice::Text))
        return false;
    return file.write((trimmed + u'\n').toUtf8()) > 0;
}

QStringList SpellChecker::personalWords() const
{
    QMutexLocker lock(&m_mutex);
    return m_personalWords;
}

void SpellChecker::setSiteWords(const QStringList &words)
{
    QMutexLocker lock(&m_mutex);
    const QSet<QString> next(words.cbegin(), words.cend());
    for (const QString &old : std::as_const(m_siteWords)) {
        if (next.contains(old) || m_personalWords.contains(old) || !m_added.contains(old))
            continue;
        m_hunspell->remove(encode(old));
        m_added.remove(old);
    }
    m_siteWords = next;
    for (const QString &word : next)
        acceptLocked(word);
    m_cache.clear();
}

bool SpellChecker::isCorrectLocked(QStringView word) const
{
    if (!m_hunspell)
        return true;
    const QString key = word.toString();
    const auto cached = m_cache.constFind(key);
    if (cached != m_cache.cend())
        return *cached;
    bool correct = spellLocked(word);
    if (!correct && isPossessive(word))
        correct = spellLocked(word.chopped(2));
    if (!correct) {
        // A hyphenated word is right when each part is.
        const QString plain = withAsciiHyphens(word);
        const QList<QStringView> parts = QStringView(plain).split(u'-', Qt::SkipEmptyParts);
        correct =
            parts.size() > 1 && std::all_of(parts.cbegin(), parts.cend(), [&](QStringView part) {
                return !WordScanner::isCheckable(part) || spellLocked(part) ||
                       (isPossessive(part) && spellLocked(part.chopped(2)));
            });
    }
    // Bounded, so a long session does not grow without end; a page has a few thousand words.
    if (m_cache.size() > 100000)
        m_cache.clear();
    m_cache.insert(key, correct);
    return correct;
}

bool SpellChecker::spellLocked(QStringView word) const
{
    return m_hunspell->spell(encode(withAsciiHyphens(word)));
}

void SpellChecker::acceptLocked(const QString &word)
{
    m_cache.clear();
    if (!m_hunspell || m_hunspell->spell(encode(word)))
        return;
    m_hunspell->add(encode(word));
    m_added.insert(word);
}

std::string SpellChecker::encode(QStringView word) const
{
    return m_utf8 ? word.toUtf8().toStdString() : word.toLatin1().toStdString();
}

QString SpellChecker::decode(const std::string &word) const
{
    return m_utf8 ? QString::fromStdString(word) : QString::fromLatin1(word);
}

} // namespace lga::spell
