// SPDX-License-Identifier: GPL-2.0-or-later
#include <check/checksettings.h>

#include <QCoreApplication>
#include <QRegularExpression>
#include <QSettings>

namespace lga::check {

namespace {

struct DefaultWord
{
    const char *phrase;
    const char *alternative;
};

// GOV.UK style guide, "plain English" (words to avoid), with the metaphors it lists. Several
// are fine in one sense; the alternative says which, and PlainEnglish skips the obvious ones.
const DefaultWord defaultWords[] = {
    {"agenda", QT_TRANSLATE_NOOP("lga::check::CheckSettings",
                                 "plan, list of aims (use \"agenda\" only for meetings)")},
    {"advancing", QT_TRANSLATE_NOOP("lga::check::CheckSettings",
                                    "improving, moving on (say what you are doing)")},
    {"collaborate", QT_TRANSLATE_NOOP("lga::check::CheckSettings", "work with")},
    {"combating", QT_TRANSLATE_NOOP("lga::check::CheckSettings", "stopping, reducing, solving")},
    {"commit",
     QT_TRANSLATE_NOOP("lga::check::CheckSettings", "plan to, will (say what you will do)")},
    {"pledge",
     QT_TRANSLATE_NOOP("lga::check::CheckSettings", "promise, will (say what you will do)")},
    {"countering", QT_TRANSLATE_NOOP("lga::check::CheckSettings", "answering, stopping")},
    {"deliver", QT_TRANSLATE_NOOP("lga::check::CheckSettings",
                                  "make, provide, give (only pizzas, post and services are "
                                  "delivered)")},
    {"deploy", QT_TRANSLATE_NOOP("lga::check::CheckSettings",
                                 "use, put in place (unless military or software)")},
    {"dialogue", QT_TRANSLATE_NOOP("lga::check::CheckSettings", "talk, discussion")},
    {"disincentivise", QT_TRANSLATE_NOOP("lga::check::CheckSettings", "discourage, put off")},
    {"incentivise", QT_TRANSLATE_NOOP("lga::check::CheckSettings", "encourage")},
    {"empower", QT_TRANSLATE_NOOP("lga::check::CheckSettings", "let, allow, help")},
    {"facilitate", QT_TRANSLATE_NOOP("lga::check::CheckSettings",
                                     "help, make possible (say what you are doing)")},
    {"focusing", QT_TRANSLATE_NOOP("lga::check::CheckSettings", "working on, concentrating on")},
    {"foster", QT_TRANSLATE_NOOP("lga::check::CheckSettings",
                                 "encourage, support (unless it is about children)")},
    {"impact", QT_TRANSLATE_NOOP("lga::check::CheckSettings",
                                 "affect, change, have an effect on (as a verb)")},
    {"initiate", QT_TRANSLATE_NOOP("lga::check::CheckSettings", "start, begin")},
    {"key", QT_TRANSLATE_NOOP("lga::check::CheckSettings",
                              "important, main (unless it unlocks something)")},
    {"land", QT_TRANSLATE_NOOP("lga::check::CheckSettings", "get, win, achieve (as a verb)")},
    {"leverage",
     QT_TRANSLATE_NOOP("lga::check::CheckSettings", "use, influence (unless financial)")},
    {"liaise", QT_TRANSLATE_NOOP("lga::check::CheckSettings", "work with, talk to")},
    {"overarching",
     QT_TRANSLATE_NOOP("lga::check::CheckSettings", "overall, main, or leave it out")},
    {"progress", QT_TRANSLATE_NOOP("lga::check::CheckSettings",
                                   "move forward, develop, make progress (as a verb)")},
    {"promote", QT_TRANSLATE_NOOP("lga::check::CheckSettings",
                                  "recommend, support, encourage (unless marketing)")},
    {"robust",
     QT_TRANSLATE_NOOP("lga::check::CheckSettings", "strong, well thought out (say why)")},
    {"slimming down", QT_TRANSLATE_NOOP("lga::check::CheckSettings", "reducing, cutting")},
    {"streamline", QT_TRANSLATE_NOOP("lga::check::CheckSettings", "simplify, speed up")},
    {"strengthening",
     QT_TRANSLATE_NOOP("lga::check::CheckSettings", "increasing, improving (unless structures)")},
    {"tackling", QT_TRANSLATE_NOOP("lga::check::CheckSettings",
                                   "stopping, solving, dealing with (unless sport)")},
    {"transforming",
     QT_TRANSLATE_NOOP("lga::check::CheckSettings", "changing (say how you are changing it)")},
    {"utilise", QT_TRANSLATE_NOOP("lga::check::CheckSettings", "use")},
    {"drive", QT_TRANSLATE_NOOP("lga::check::CheckSettings",
                                "encourage, increase, lead to (unless vehicles)")},
    {"drive out",
     QT_TRANSLATE_NOOP("lga::check::CheckSettings", "remove, get rid of (unless cattle)")},
    {"going forward", QT_TRANSLATE_NOOP("lga::check::CheckSettings", "from now on, in future")},
    {"in order to", QT_TRANSLATE_NOOP("lga::check::CheckSettings", "to")},
    {"one-stop shop",
     QT_TRANSLATE_NOOP("lga::check::CheckSettings", "one place (say what people can do there)")},
    {"ring fencing",
     QT_TRANSLATE_NOOP("lga::check::CheckSettings", "keeping for, setting aside, protecting")},
};

// INI files give a comma-separated value as a list already; a quoted value arrives as one
// string, which may separate its items with semicolons so that they can contain commas.
QStringList toList(const QVariant &value)
{
    QStringList raw;
    if (value.typeId() == QMetaType::QStringList || value.typeId() == QMetaType::QVariantList) {
        raw = value.toStringList();
    } else {
        const QString text = value.toString();
        static const QRegularExpression semicolons(QStringLiteral("[;\\n]"));
        static const QRegularExpression commas(QStringLiteral("[,;\\n]"));
        raw = text.split(text.contains(u';') || text.contains(u'\n') ? semicolons : commas);
    }
    QStringList items;
    for (const QString &item : std::as_const(raw)) {
        const QString trimmed = item.trimmed();
        if (!trimmed.isEmpty())
            items.append(trimmed);
    }
    return items;
}

// An item without "=" after one with an alternative continues that alternative: INI lists
// split "leverage=use, apply" at its comma.
QList<WordToAvoid> toWords(const QVariant &value)
{
    QList<WordToAvoid> words;
    bool continues = false;
    for (const QString &item : toList(value)) {
        const qsizetype equals = item.indexOf(u'=');
        if (equals < 0 && continues) {
            words.back().alternative += QStringLiteral(", ") + item;
            continue;
        }
        WordToAvoid word;
        word.phrase = (equals < 0 ? item : item.left(equals)).simplified().toLower();
        word.alternative = equals < 0 ? QString() : item.mid(equals + 1).trimmed();
        continues = equals >= 0 && !word.phrase.isEmpty();
        if (!word.phrase.isEmpty())
            words.append(word);
    }
    return words;
}

void readPositive(const QSettings &settings, const QString &key, int &into)
{
    bool ok = false;
    const int value = settings.value(key).toString().trimmed().toInt(&ok);
    if (ok && value > 0)
        into = value;
}

} // namespace

QList<WordToAvoid> CheckSettings::defaultWordsToAvoid()
{
    QList<WordToAvoid> words;
    words.reserve(std::size(defaultWords));
    for (const DefaultWord &word : defaultWords) {
        words.append({QString::fromLatin1(word.phrase),
                      QCoreApplication::translate("lga::check::CheckSettings", word.alternative)});
    }
    return words;
}

CheckSettings CheckSettings::fromSettings(QSettings &settings)
{
    CheckSettings result;
    settings.beginGroup(QStringLiteral("Checker"));
    readPositive(settings, QStringLiteral("MaxSentenceWords"), result.maxSentenceWords);
    readPositive(settings, QStringLiteral("MaxAltLength"), result.maxAltLength);
    readPositive(settings, QStringLiteral("MaxHeadingLength"), result.maxHeadingLength);

    bool ok = false;
    const double ease =
        settings.value(QStringLiteral("MinReadingEase")).toString().trimmed().toDouble(&ok);
    if (ok && ease > 0 && ease <= 100)
        result.minReadingEase = ease;

    for (const QString &rule : toList(settings.value(QStringLiteral("DisabledRules"))))
        result.disabledRules.insert(rule);

    const QList<WordToAvoid> replacement = toWords(settings.value(QStringLiteral("WordsToAvoid")));
    if (!replacement.isEmpty())
        result.wordsToAvoid = replacement;
    for (const WordToAvoid &extra : toWords(settings.value(QStringLiteral("ExtraWordsToAvoid")))) {
        const auto same =
            std::find_if(result.wordsToAvoid.begin(), result.wordsToAvoid.end(),
                         [&extra](const WordToAvoid &word) { return word.phrase == extra.phrase; });
        if (same != result.wordsToAvoid.end())
            *same = extra;
        else
            result.wordsToAvoid.append(extra);
    }
    settings.endGroup();
    return result;
}

} // namespace lga::check
