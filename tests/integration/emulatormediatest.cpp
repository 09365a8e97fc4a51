// SPDX-License-Identifier: GPL-2.0-or-later
// Files and media in the CMS emulator as the sync client will upload them: binary uploads,
// media over the uploaded files, and the files served back, over real HTTP on 127.0.0.1.
#include <cms-emulator/server.h>

#include <QCoreApplication>
#include <QDateTime>
#include <QEventLoop>
#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QTemporaryDir>

#include <gtest/gtest.h>

#include <memory>

using namespace lga::emulator;

namespace {

struct Response
{
    int status = 0;
    QByteArray body;
    QJsonObject document;
    QHash<QByteArray, QByteArray> headers;

    QString detail() const
    {
        return document.value(u"errors").toArray().first().toObject().value(u"detail").toString();
    }
    QJsonObject data() const { return document.value(u"data").toObject(); }
    QJsonObject attributes() const { return data().value(u"attributes").toObject(); }
};

using Headers = QList<QPair<QByteArray, QByteArray>>;

const QByteArray editor = "Basic " + QByteArrayLiteral("editor:editor-pass").toBase64();
const QByteArray octets = QByteArrayLiteral("application/octet-stream");
const QByteArray jsonApi = QByteArrayLiteral("application/vnd.api+json");
const QString imageUpload = QStringLiteral("/jsonapi/media/image/field_media_image");
const QString documentUpload = QStringLiteral("/jsonapi/media/document/field_media_document");

// Bytes that are not text, so that any re-encoding on the way would show.
QByteArray imageBytes()
{
    QByteArray bytes("\xff\xd8\xff\xe0", 4);
    for (int i = 0; i < 5000; ++i)
        bytes.append(char(i * 7 % 256));
    return bytes;
}

class EmulatorMediaTest : public ::testing::Test
{
protected:
    void SetUp() override { start({}); }

    void start(const ServerOptions &options)
    {
        ASSERT_TRUE(m_dir.isValid());
        m_server.reset();
        m_server = std::make_unique<Server>(m_dir.filePath(QStringLiteral("cms.sqlite")),
                                            SeedPlan{{QStringLiteral("localgov_news_article"), 2}},
                                            options);
        ASSERT_TRUE(m_server->isReady()) << m_server->errorString().toStdString();
        m_port = m_server->listen(0);
        ASSERT_NE(m_port, 0);
    }

    QString url(const QString &path) const
    {
        return QStringLiteral("http://127.0.0.1:%1").arg(m_port) + path;
    }

    Response send(const QByteArray &verb, const QString &path, const QByteArray &body = {},
                  const Headers &headers = {}, const QByteArray &auth = editor)
    {
        QNetworkRequest request{QUrl(url(path))};
        request.setRawHeader("Accept", "application/vnd.api+json");
        if (!auth.isEmpty())
            request.setRawHeader("Authorization", auth);
        for (const auto &[name, value] : headers)
            request.setRawHeader(name, value);
        QNetworkReply *reply = m_network.sendCustomRequest(request, verb, body);
        QEventLoop loop;
        QObject::connect(reply, &QNetworkReply::finished, &loop, &QEventLoop::quit);
        loop.exec();
        Response r;
        r.status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
        r.body = reply->readAll();
        r.document = QJsonDocument::fromJson(r.body).object();
        for (const auto &[name, value] : reply->rawHeaderPairs())
            r.headers.insert(name.toLower(), value);
        reply->deleteLater();
        return r;
    }

    Response upload(const QString &path, const QByteArray &bytes, const QByteArray &disposition,
                    const QByteArray &auth = editor)
    {
        Headers headers{{"Content-Type", octets}};
        if (!disposition.isEmpty())
            headers.append({"Content-Disposition", disposition});
        return send("POST", path, bytes, headers, auth);
    }

    // Uploads `name` and returns the new file's uuid.
    QString uploadFile(const QString &path, const QByteArray &name, const QByteArray &bytes)
    {
        const Response r = upload(path, bytes, "file; filename=\"" + name + '"');
        EXPECT_EQ(r.status, 201) << r.body.toStdString();
        return r.data().value(u"id").toString();
    }

    Response createMedia(const QString &bundle, const QJsonObject &data)
    {
        return send("POST", QStringLiteral("/jsonapi/media/") + bundle,
                    QJsonDocument(QJsonObject{{QStringLiteral("data"), data}}).toJson(),
                    {{"Content-Type", jsonApi}});
    }

    static QJsonObject imageMedia(const QString &fileId, const QJsonObject &meta,
                                  const QString &name = QStringLiteral("Recycling bins"))
    {
        return QJsonObject{
            {QStringLiteral("type"), QStringLiteral("media--image")},
            {QStringLiteral("attributes"), QJsonObject{{QStringLiteral("name"), name}}},
            {QStringLiteral("relationships"),
             QJsonObject{
                 {QStringLiteral("field_media_image"),
                  QJsonObject{{QStringLiteral("data"),
                               QJsonObject{{QStringLiteral("type"), QStringLiteral("file--file")},
                                           {QStringLiteral("id"), fileId},
                                           {QStringLiteral("meta"), meta}}}}}}}};
    }

    QTemporaryDir m_dir;
    QNetworkAccessManager m_network;
    std::unique_ptr<Server> m_server;
    quint16 m_port = 0;
};

const QString noHeader =
    QStringLiteral("\"Content-Disposition\" header is required. A file name in the format "
                   "\"filename=FILENAME\" must be provided.");
const QString noFilename =
    QStringLiteral("No filename found in \"Content-Disposition\" header. A file name in the format "
                   "\"filename=FILENAME\" must be provided.");

} // namespace

TEST_F(EmulatorMediaTest, AnUploadedImageIsAFileServedBackByteForByte)
{
    const QByteArray bytes = imageBytes();
    const Response r = upload(imageUpload, bytes, "file; filename=\"bins.jpg\"");
    ASSERT_EQ(r.status, 201) << r.body.toStdString();
    EXPECT_EQ(r.data().value(u"type").toString(), u"file--file");
    const QJsonObject attributes = r.attributes();
    const QString month = QDateTime::currentDateTimeUtc().toString(QStringLiteral("yyyy-MM"));
    EXPECT_GT(attributes.value(u"drupal_internal__fid").toInteger(), 0);
    EXPECT_EQ(attributes.value(u"filename").toString(), u"bins.jpg");
    EXPECT_EQ(attributes.value(u"uri").toObject().value(u"value").toString(),
              QStringLiteral("public://") + month + QStringLiteral("/bins.jpg"));
    const QString served = attributes.value(u"uri").toObject().value(u"url").toString();
    EXPECT_EQ(served,
              QStringLiteral("/sites/default/files/") + month + QStringLiteral("/bins.jpg"));
    EXPECT_EQ(attributes.value(u"filemime").toString(), u"image/jpeg");
    EXPECT_EQ(attributes.value(u"filesize").toInteger(), bytes.size());
    EXPECT_TRUE(attributes.value(u"status").toBool());
    EXPECT_TRUE(attributes.value(u"created").toString().endsWith(u"+00:00"));
    EXPECT_EQ(attributes.value(u"changed"), attributes.value(u"created"));

    const Response file = send("GET", served, {}, {}, {});
    EXPECT_EQ(file.status, 200);
    EXPECT_EQ(file.headers.value("content-type"), "image/jpeg");
    EXPECT_EQ(file.body, bytes);

    const QString id = r.data().value(u"id").toString();
    const Response resource = send("GET", QStringLiteral("/jsonapi/file/file/") + id);
    EXPECT_EQ(resource.status, 200);
    EXPECT_EQ(resource.attributes(), attributes);

    // A second file of the same name is numbered, as Drupal renames it, and kept apart.
    const Response again = upload(imageUpload, "other", "filename=\"bins.jpg\"");
    ASSERT_EQ(again.status, 201);
    EXPECT_EQ(again.attributes().value(u"filename").toString(), u"bins_0.jpg");
    EXPECT_EQ(send("GET", served).body, bytes);
    EXPECT_EQ(send("GET",
                   QStringLiteral("/sites/default/files/") + month + QStringLiteral("/nothing.jpg"))
                  .status,
              404);
}

TEST_F(EmulatorMediaTest, UploadsWithoutAUsableFileNameAreRefused)
{
    const Response missing = upload(imageUpload, imageBytes(), {});
    EXPECT_EQ(missing.status, 400);
    EXPECT_EQ(missing.detail(), noHeader);
    const Response empty = upload(imageUpload, imageBytes(), "file; filename=\"\"");
    EXPECT_EQ(empty.status, 400);
    EXPECT_EQ(empty.detail(), noFilename);
    const Response unquoted = upload(imageUpload, imageBytes(), "file; name=bins.jpg");
    EXPECT_EQ(unquoted.status, 400);
    EXPECT_EQ(unquoted.detail(), noFilename);
    const Response extended =
        upload(imageUpload, imageBytes(), "file; filename*=\"UTF-8''bins.jpg\"");
    EXPECT_EQ(extended.status, 400);
    EXPECT_EQ(extended.detail(), u"The extended \"filename*\" format is currently not supported "
                                 u"in the \"Content-Disposition\" header.");
}

TEST_F(EmulatorMediaTest, UploadsMustBeSentAsOctetStreams)
{
    const Response r = send(
        "POST", imageUpload, imageBytes(),
        {{"Content-Type", "image/jpeg"}, {"Content-Disposition", "file; filename=\"bins.jpg\""}});
    EXPECT_EQ(r.status, 415);
    EXPECT_EQ(r.detail(), u"No route found that matches \"Content-Type: image/jpeg\"");
}

TEST_F(EmulatorMediaTest, FilesOfTheWrongKindOrTooLargeFailValidation)
{
    const Response script = upload(imageUpload, "alert(1)", "file; filename=\"bins.js\"");
    EXPECT_EQ(script.status, 422);
    EXPECT_TRUE(script.detail().startsWith(u"Unprocessable Entity: file validation failed."))
        << script.detail().toStdString();
    EXPECT_TRUE(script.detail().contains(u"png gif jpg jpeg webp"));
    // A PDF is a document, not an image, and an image is not a document.
    EXPECT_EQ(upload(imageUpload, "%PDF-1.4", "file; filename=\"leaflet.pdf\"").status, 422);
    EXPECT_EQ(upload(documentUpload, imageBytes(), "file; filename=\"bins.jpg\"").status, 422);
    EXPECT_EQ(upload(imageUpload, imageBytes(), "file; filename=\"bins\"").status, 422);

    const QByteArray large(20 * 1024 * 1024 + 1, 'x');
    const Response tooLarge = upload(imageUpload, large, "file; filename=\"huge.png\"");
    EXPECT_EQ(tooLarge.status, 422);
    EXPECT_TRUE(tooLarge.detail().startsWith(u"Unprocessable Entity: file validation failed."));
    EXPECT_TRUE(tooLarge.detail().contains(u"maximum file size of <em class=\"placeholder\">20 "
                                           u"MB</em>"))
        << tooLarge.detail().toStdString();
    const QByteArray limit(20 * 1024 * 1024, 'x');
    EXPECT_EQ(upload(imageUpload, limit, "file; filename=\"big.png\"").status, 201);
}

TEST_F(EmulatorMediaTest, AnImageMediaKeepsItsAltTextAndIncludesItsFile)
{
    const QString fileId = uploadFile(imageUpload, "bins.jpg", imageBytes());
    const Response created = createMedia(
        QStringLiteral("image"),
        imageMedia(fileId, {{QStringLiteral("alt"), QStringLiteral("Three wheelie bins")}}));
    ASSERT_EQ(created.status, 201) << created.body.toStdString();
    EXPECT_EQ(created.data().value(u"type").toString(), u"media--image");
    EXPECT_GT(created.attributes().value(u"drupal_internal__mid").toInteger(), 0);
    EXPECT_EQ(created.attributes().value(u"name").toString(), u"Recycling bins");
    const QString id = created.data().value(u"id").toString();
    EXPECT_EQ(created.headers.value("location"),
              url(QStringLiteral("/jsonapi/media/image/") + id).toUtf8());
    const QJsonObject source = created.data()
                                   .value(u"relationships")
                                   .toObject()
                                   .value(u"field_media_image")
                                   .toObject()
                                   .value(u"data")
                                   .toObject();
    EXPECT_EQ(source.value(u"id").toString(), fileId);
    EXPECT_EQ(source.value(u"meta").toObject().value(u"alt").toString(), u"Three wheelie bins");

    const Response read = send("GET", QStringLiteral("/jsonapi/media/image/") + id +
                                          QStringLiteral("?include=field_media_image"));
    ASSERT_EQ(read.status, 200);
    EXPECT_EQ(read.data(), created.data());
    const QJsonArray included = read.document.value(u"included").toArray();
    ASSERT_EQ(included.size(), 1);
    EXPECT_EQ(included.first().toObject().value(u"id").toString(), fileId);
    EXPECT_EQ(included.first().toObject().value(u"type").toString(), u"file--file");

    EXPECT_EQ(send("GET", QStringLiteral("/jsonapi/media/document/") + id).status, 404);
    EXPECT_EQ(send("GET", QStringLiteral("/jsonapi/media/image/") + id +
                              QStringLiteral("?include=nonsense"))
                  .status,
              400);
}

TEST_F(EmulatorMediaTest, TheApiDoesNotRequireAltText)
{
    const QString fileId = uploadFile(imageUpload, "bins.jpg", imageBytes());
    const Response created = createMedia(QStringLiteral("image"), imageMedia(fileId, {}));
    ASSERT_EQ(created.status, 201) << created.body.toStdString();
}

TEST_F(EmulatorMediaTest, ADocumentMediaWrapsAnUploadedDocument)
{
    const QByteArray pdf = "%PDF-1.4\n%\xe2\xe3\xcf\xd3\n1 0 obj\n";
    const Response file = upload(documentUpload, pdf, "filename=\"bin collection calendar.pdf\"");
    ASSERT_EQ(file.status, 201) << file.body.toStdString();
    EXPECT_EQ(file.attributes().value(u"filemime").toString(), u"application/pdf");
    EXPECT_EQ(send("GET", file.attributes().value(u"uri").toObject().value(u"url").toString()).body,
              pdf);
    const QString fileId = file.data().value(u"id").toString();
    const QJsonObject data{
        {QStringLiteral("type"), QStringLiteral("media--document")},
        {QStringLiteral("relationships"),
         QJsonObject{
             {QStringLiteral("field_media_document"),
              QJsonObject{{QStringLiteral("data"),
                           QJsonObject{{QStringLiteral("type"), QStringLiteral("file--file")},
                                       {QStringLiteral("id"), fileId},
                                       {QStringLiteral("meta"),
                                        QJsonObject{{QStringLiteral("description"),
                                                     QStringLiteral("Calendar 2025")}}}}}}}}}};
    const Response created = createMedia(QStringLiteral("document"), data);
    ASSERT_EQ(created.status, 201) << created.body.toStdString();
    // Without a name, the media is named after its file.
    EXPECT_EQ(created.attributes().value(u"name").toString(), u"bin collection calendar.pdf");
    const QJsonObject source = created.data()
                                   .value(u"relationships")
                                   .toObject()
                                   .value(u"field_media_document")
                                   .toObject()
                                   .value(u"data")
                                   .toObject();
    EXPECT_EQ(source.value(u"meta").toObject().value(u"description").toString(), u"Calendar 2025");
    const Response read = send("GET", QStringLiteral("/jsonapi/media/document/") +
                                          created.data().value(u"id").toString());
    EXPECT_EQ(read.status, 200);
    EXPECT_EQ(read.data(), created.data());

    // A document's file does not fit an image media.
    EXPECT_EQ(createMedia(QStringLiteral("image"), imageMedia(fileId, {})).status, 422);
}

TEST_F(EmulatorMediaTest, AClientIdIsKeptAndARepeatConflicts)
{
    const QString fileId = uploadFile(imageUpload, "bins.jpg", imageBytes());
    QJsonObject data = imageMedia(fileId, {{QStringLiteral("alt"), QStringLiteral("Bins")}});
    const QString id = QStringLiteral("5b0c3c7e-8f7a-4d3b-9a1e-2c4d6e8f0a1b");
    data.insert(QStringLiteral("id"), id);
    const Response first = createMedia(QStringLiteral("image"), data);
    ASSERT_EQ(first.status, 201) << first.body.toStdString();
    EXPECT_EQ(first.data().value(u"id").toString(), id);
    const Response repeat = createMedia(QStringLiteral("image"), data);
    EXPECT_EQ(repeat.status, 409);
    EXPECT_EQ(repeat.detail(), u"Conflict: Entity already exists.");

    data.insert(QStringLiteral("id"), QStringLiteral("not-a-uuid"));
    EXPECT_EQ(createMedia(QStringLiteral("image"), data).status, 422);
}

TEST_F(EmulatorMediaTest, MediaOverAnUnknownFileIsRefused)
{
    // JSON:API resolves relationship items before validation: an unknown one is a 404.
    const Response r =
        createMedia(QStringLiteral("image"),
                    imageMedia(QStringLiteral("0f0e0d0c-0b0a-4908-8706-050403020100"), {}));
    EXPECT_EQ(r.status, 404);
    EXPECT_TRUE(r.detail().contains(u"0f0e0d0c-0b0a-4908-8706-050403020100"));
    const Response none =
        createMedia(QStringLiteral("image"),
                    QJsonObject{{QStringLiteral("type"), QStringLiteral("media--image")}});
    EXPECT_EQ(none.status, 422);
    EXPECT_EQ(none.document.value(u"errors")
                  .toArray()
                  .first()
                  .toObject()
                  .value(u"source")
                  .toObject()
                  .value(u"pointer")
                  .toString(),
              u"/data/relationships/field_media_image");
}

TEST_F(EmulatorMediaTest, AnonymousUploadsAreChallenged)
{
    const Response r = upload(imageUpload, imageBytes(), "file; filename=\"bins.jpg\"", {});
    EXPECT_EQ(r.status, 401);
    EXPECT_EQ(r.headers.value("www-authenticate"), "Basic realm=\"LocalGov Emulator\"");
}

TEST_F(EmulatorMediaTest, CookieUploadsNeedTheCsrfToken)
{
    const Response login = send("POST", QStringLiteral("/user/login?_format=json"),
                                R"({"name":"editor","pass":"editor-pass"})",
                                {{"Content-Type", "application/json"}}, {});
    ASSERT_EQ(login.status, 200) << login.body.toStdString();
    const QByteArray cookie = login.headers.value("set-cookie").split(';').first();
    const QByteArray csrf = login.document.value(u"csrf_token").toString().toLatin1();
    const Headers headers{{"Content-Type", octets},
                          {"Content-Disposition", "file; filename=\"bins.jpg\""},
                          {"Cookie", cookie}};
    const Response missing = send("POST", imageUpload, imageBytes(), headers, {});
    EXPECT_EQ(missing.status, 403);
    EXPECT_EQ(missing.detail(), u"X-CSRF-Token request header is missing");
    EXPECT_EQ(send("POST", imageUpload, imageBytes(), headers + Headers{{"X-CSRF-Token", csrf}}, {})
                  .status,
              201);
}

TEST_F(EmulatorMediaTest, ReadOnlySitesRefuseUploads)
{
    start({.readOnly = true});
    const Response r = upload(imageUpload, imageBytes(), "file; filename=\"bins.jpg\"");
    EXPECT_EQ(r.status, 405);
    EXPECT_TRUE(r.detail().startsWith(u"JSON:API is configured to accept only read operations."));
    EXPECT_EQ(createMedia(QStringLiteral("image"), imageMedia(QString(), {})).status, 405);
}

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    ::testing::InitGoogleTest(&argc, argv);
    return RUN_ALL_TESTS();
}
