// SPDX-FileCopyrightText: 2026 The CVM Launcher authors
// SPDX-License-Identifier: Apache-2.0

#include "api/apierrorfactory.h"
#include "api/apierrortext.h"

#include <QTest>

class TestApiErrorText : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void everyDocumentedCodeHasAdvice()
    {
        const int codes[] = {4000, 4100, 4101, 4102, 4103, 4104, 4105, 4106, 4107,
                             4108, 4109, 4110, 4200, 4300, 4400, 4500, 4600, 5000,
                             5100, 5200, 5300, 5400, 5500, 6000, 6100, 6200};
        QSet<QString> texts;
        for (int code : codes) {
            const QString text = ApiErrorText::forCode(code);
            QVERIFY2(text.startsWith(QString::number(code) + u':'), qPrintable(text));
            QVERIFY(text.contains(u'—')); // what happened — what to do
            texts.insert(text);
        }
        QVERIFY(texts.size() >= 20);
        QVERIFY(ApiErrorText::forCode(1234).isEmpty());
        QVERIFY(ApiErrorText::forCode(4100).contains(QStringLiteral("keys of this profile")));
    }

    void describeService()
    {
        const ApiError e = ApiErrorFactory::v2Service(QStringLiteral("RunInstancesHour"), 4100, {},
                                                      QStringLiteral("鉴权失败"), 200);
        const QString text = ApiErrorText::describe(e);
        QVERIFY(text.startsWith(QStringLiteral("4100: the SecretId/SecretKey pair was rejected")));
        QVERIFY(text.contains(QStringLiteral("鉴权失败")));
        const ApiError unknown = ApiErrorFactory::v2Service({}, 9999, {}, {}, 200);
        QVERIFY(ApiErrorText::describe(unknown).contains(QStringLiteral("9999")));
    }

    void stringCodesExactThenFamily()
    {
        QVERIFY(ApiErrorText::forCodeString(QStringLiteral("AuthFailure.SignatureFailure"))
                    .contains(QStringLiteral("SecretKey")));
        QVERIFY(!ApiErrorText::forCodeString(QStringLiteral("AuthFailure.Whatever")).isEmpty());
        QVERIFY(ApiErrorText::forCodeString(QStringLiteral("Nonsense.Code")).isEmpty());
        // The string code wins over the numeric one when both are known.
        ApiError e = ApiErrorFactory::v2Service(
            {}, 4000, QStringLiteral("InvalidParameter.PasswordNotConformSpecs"), {}, 200);
        QVERIFY(ApiErrorText::describe(e).contains(QStringLiteral("password")));
    }

    void v3CodesHaveAdvice()
    {
        // The codes an API 3.0 launch meets (cvm-api.md §3) and those the sandbox's TC3 check
        // answers with: each says what happened and what to do.
        const char *codes[] = {"AuthFailure.SignatureFailure",
                               "AuthFailure.SignatureExpire",
                               "AuthFailure.SecretIdNotFound",
                               "AuthFailure.InvalidAuthorization",
                               "AuthFailure.TokenFailure",
                               "AuthFailure.UnauthorizedOperation",
                               "InvalidParameterValue.InvalidImageId",
                               "InvalidPassword",
                               "InvalidZone.MismatchRegion",
                               "LimitExceeded.InstanceQuota",
                               "ResourceInsufficient.ZoneSoldOutForSpecifiedInstance",
                               "ResourcesSoldOut.SpecifiedInstanceType",
                               "InvalidAccount.InsufficientBalance",
                               "InvalidAccount.UnpaidOrder",
                               "InvalidInstanceId.NotFound",
                               "InvalidImageId.NotFound",
                               "InvalidVpcId.NotFound",
                               "InvalidSubnetId.NotFound",
                               "InvalidParameterValue.VpcIdZoneIdNotMatch",
                               "RequestLimitExceeded",
                               "RequestLimitExceeded.UinLimitExceeded",
                               "InternalError",
                               "InternalError.TradeUnknownError",
                               "UnsupportedOperation.InstanceStateRunning",
                               "ResourceUnavailable.InstanceType",
                               "FailedOperation.Unknown"};
        for (const char *code : codes) {
            const QString text = ApiErrorText::forCodeString(QString::fromLatin1(code));
            QVERIFY2(text.startsWith(QLatin1String(code) + u':'), code);
            QVERIFY2(text.contains(u'—'), code);
        }
        QVERIFY(ApiErrorText::forCodeString(QStringLiteral("InvalidInstanceId.NotFound"))
                    .contains(QStringLiteral("refresh")));
        ApiError e;
        e.kind = ApiError::Kind::Service;
        e.codeString = QStringLiteral("ResourcesSoldOut.SpecifiedInstanceType");
        e.message = QStringLiteral("售罄");
        const QString text = ApiErrorText::describe(e);
        QVERIFY(text.contains(QStringLiteral("another zone")));
        QVERIFY(text.contains(QStringLiteral("售罄")));
    }

    void everyKindHasAText()
    {
        for (auto kind :
             {ApiError::Kind::Transport, ApiError::Kind::Timeout, ApiError::Kind::Cancelled,
              ApiError::Kind::Http, ApiError::Kind::Malformed, ApiError::Kind::Refused}) {
            ApiError e;
            e.kind = kind;
            e.httpStatus = 502;
            QVERIFY(!ApiErrorText::describe(e).isEmpty());
        }
        const ApiError m = ApiErrorFactory::malformed({}, QStringLiteral("code: missing"));
        QVERIFY(ApiErrorText::describe(m).endsWith(QStringLiteral("code: missing")));
    }
};

QTEST_GUILESS_MAIN(TestApiErrorText)
#include "tst_apierrortext.moc"
