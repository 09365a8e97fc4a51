// SPDX-License-Identifier: GPL-2.0-or-later
// The Group Policy templates an IT admin copies to the Central Store: well-formed XML, every
// string and presentation the ADMX names present in both the English and the Welsh ADML, and
// exactly the settings the app reads as policy (SettingsResolver::policySettings()), with the
// same registry value types and allowed values. A setting added without a policy, or a policy
// the app does not read, fails here.
#include <core/settingsresolver.h>
#include <support/qtprinters.h>

#include <QFile>
#include <QMap>
#include <QRegularExpression>
#include <QSet>
#include <QXmlStreamReader>

#include <gtest/gtest.h>

using namespace lga::core;

namespace {

const QString kPolicyKey = QStringLiteral("SOFTWARE\\Policies\\LocalGov\\Author");

QString policyFile(const char *relative)
{
    return QStringLiteral(LGA_SOURCE_DIR "/packaging/windows/policy/") +
           QLatin1StringView(relative);
}

/// One registry value an ADMX policy writes.
struct AdmxValue
{
    QString policy;
    QString elementId; ///< Empty for an enabled/disabled policy.
    PolicySetting::Type type = PolicySetting::Type::Text;
    QStringList enumValues;
};

struct Admx
{
    QString error;
    QSet<QString> strings;       ///< Named as $(string.X).
    QSet<QString> presentations; ///< Named as $(presentation.X).
    QSet<QString> elementIds;
    QSet<QString> categories;
    QSet<QString> categoryRefs;
    QSet<QString> classes;
    QMap<QString, AdmxValue> values; ///< By "key\valueName".
};

struct Adml
{
    QString error;
    QSet<QString> strings;
    QSet<QString> presentations;
    QSet<QString> refIds;
};

void collectReferences(const QXmlStreamAttributes &attributes, Admx &admx)
{
    static const QRegularExpression reference(
        QStringLiteral(R"(\$\((string|presentation)\.([^)]+)\))"));
    for (const QXmlStreamAttribute &attribute : attributes) {
        auto it = reference.globalMatch(attribute.value());
        while (it.hasNext()) {
            const auto match = it.next();
            (match.captured(1) == u"string" ? admx.strings : admx.presentations)
                .insert(match.captured(2));
        }
    }
}

Admx readAdmx(const QString &path)
{
    Admx admx;
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        admx.error = file.errorString();
        return admx;
    }
    QXmlStreamReader xml(&file);
    QString policy;
    QString policyKey;
    QString policyValueName;
    bool policyIsFlag = false;
    QString elementKey;
    while (!xml.atEnd()) {
        xml.readNext();
        if (xml.isEndElement() && xml.name() == u"policy") {
            if (policyIsFlag)
                admx.values.insert(policyKey + u'\\' + policyValueName,
                                   {policy, QString(), PolicySetting::Type::Flag, {}});
            policy.clear();
            elementKey.clear();
            continue;
        }
        if (!xml.isStartElement())
            continue;
        const QXmlStreamAttributes attributes = xml.attributes();
        collectReferences(attributes, admx);
        const auto name = xml.name();
        if (name == u"category") {
            admx.categories.insert(attributes.value(QLatin1StringView("name")).toString());
        } else if (name == u"parentCategory") {
            admx.categoryRefs.insert(attributes.value(QLatin1StringView("ref")).toString());
        } else if (name == u"policy") {
            policy = attributes.value(QLatin1StringView("name")).toString();
            policyKey = attributes.value(QLatin1StringView("key")).toString();
            policyValueName = attributes.value(QLatin1StringView("valueName")).toString();
            policyIsFlag = false;
            admx.classes.insert(attributes.value(QLatin1StringView("class")).toString());
        } else if (name == u"enabledValue") {
            // An enabled/disabled policy writes 1 or 0 to the policy's own value name.
            policyIsFlag = true;
        } else if (!policy.isEmpty() && (name == u"text" || name == u"enum")) {
            const QString id = attributes.value(QLatin1StringView("id")).toString();
            admx.elementIds.insert(id);
            const QString key = attributes.hasAttribute(QLatin1StringView("key"))
                                    ? attributes.value(QLatin1StringView("key")).toString()
                                    : policyKey;
            elementKey = key + u'\\' + attributes.value(QLatin1StringView("valueName")).toString();
            admx.values.insert(elementKey, {policy, id, PolicySetting::Type::Text, {}});
        } else if (name == u"string" && !elementKey.isEmpty()) {
            admx.values[elementKey].enumValues.append(xml.readElementText());
        }
    }
    if (xml.hasError())
        admx.error = xml.errorString() + u" at line " + QString::number(xml.lineNumber());
    return admx;
}

Adml readAdml(const QString &path)
{
    Adml adml;
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        adml.error = file.errorString();
        return adml;
    }
    QXmlStreamReader xml(&file);
    while (!xml.atEnd()) {
        xml.readNext();
        if (!xml.isStartElement())
            continue;
        const QXmlStreamAttributes attributes = xml.attributes();
        if (xml.name() == u"string") {
            const QString id = attributes.value(QLatin1StringView("id")).toString();
            if (!xml.readElementText().trimmed().isEmpty())
                adml.strings.insert(id);
        } else if (xml.name() == u"presentation") {
            adml.presentations.insert(attributes.value(QLatin1StringView("id")).toString());
        } else if (attributes.hasAttribute(QLatin1StringView("refId"))) {
            adml.refIds.insert(attributes.value(QLatin1StringView("refId")).toString());
        }
    }
    if (xml.hasError())
        adml.error = xml.errorString() + u" at line " + QString::number(xml.lineNumber());
    return adml;
}

QStringList sorted(const QSet<QString> &set)
{
    QStringList list(set.cbegin(), set.cend());
    list.sort();
    return list;
}

class PolicyTemplateLanguageTest : public ::testing::TestWithParam<const char *>
{
};

TEST(PolicyTemplatesTest, TheAdmxIsWellFormedAndNamesItsCategory)
{
    const Admx admx = readAdmx(policyFile("LocalGovAuthor.admx"));
    ASSERT_TRUE(admx.error.isEmpty()) << qPrintable(admx.error);
    EXPECT_EQ(admx.categories, QSet<QString>{QStringLiteral("LocalGovAuthor")});
    EXPECT_EQ(admx.categoryRefs, admx.categories);
    // Every policy may be set for computers and for users (see the note in the ADMX).
    EXPECT_EQ(admx.classes, QSet<QString>{QStringLiteral("Both")});
}

TEST_P(PolicyTemplateLanguageTest, TheAdmlHasEveryStringAndPresentationTheAdmxNames)
{
    const Admx admx = readAdmx(policyFile("LocalGovAuthor.admx"));
    ASSERT_TRUE(admx.error.isEmpty()) << qPrintable(admx.error);
    const Adml adml = readAdml(policyFile(GetParam()));
    ASSERT_TRUE(adml.error.isEmpty()) << qPrintable(adml.error);
    ASSERT_FALSE(admx.strings.isEmpty());
    EXPECT_EQ(sorted(admx.strings - adml.strings), QStringList()) << "missing strings";
    EXPECT_EQ(sorted(admx.presentations - adml.presentations), QStringList())
        << "missing presentations";
    // Nothing left over from a removed policy, and every control refers to a real element.
    EXPECT_EQ(sorted(adml.strings - admx.strings), QStringList()) << "unused strings";
    EXPECT_EQ(sorted(adml.presentations - admx.presentations), QStringList())
        << "unused presentations";
    EXPECT_EQ(sorted(adml.refIds), sorted(admx.elementIds));
}

INSTANTIATE_TEST_SUITE_P(Languages, PolicyTemplateLanguageTest,
                         ::testing::Values("en-GB/LocalGovAuthor.adml",
                                           "cy-GB/LocalGovAuthor.adml"));

TEST(PolicyTemplatesTest, ThePoliciesAreExactlyTheSettingsTheAppReads)
{
    const Admx admx = readAdmx(policyFile("LocalGovAuthor.admx"));
    ASSERT_TRUE(admx.error.isEmpty()) << qPrintable(admx.error);
    QMap<QString, const PolicySetting *> app;
    for (const PolicySetting &setting : SettingsResolver::policySettings())
        app.insert(kPolicyKey + u'\\' + setting.registrySubkey() + u'\\' +
                       setting.registryValueName(),
                   &setting);
    EXPECT_EQ(admx.values.keys(), app.keys());
    for (auto it = app.cbegin(); it != app.cend(); ++it) {
        if (!admx.values.contains(it.key()))
            continue;
        const AdmxValue &value = admx.values.value(it.key());
        const PolicySetting &setting = **it;
        EXPECT_EQ(value.type, setting.type) << qPrintable(it.key());
        // A drop-down offers exactly the values the app accepts; free text only where any goes.
        EXPECT_EQ(value.enumValues, setting.allowed) << qPrintable(it.key());
    }
}

} // namespace
