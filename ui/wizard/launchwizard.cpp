// SPDX-FileCopyrightText: 2026 The CVM Launcher authors
// SPDX-License-Identifier: Apache-2.0

#include "wizard/launchwizard.h"

#include "catalog/catalog.h"
#include "spec/launchtemplate.h"
#include "widgets/pricepanel.h"
#include "wizard/donepage.h"
#include "wizard/imagepage.h"
#include "wizard/instanceconfigpage.h"
#include "wizard/lastlaunch.h"
#include "wizard/launchdraft.h"
#include "wizard/locationpage.h"
#include "wizard/loginpage.h"
#include "wizard/networkpage.h"
#include "wizard/offerloader.h"
#include "wizard/pricequoter.h"
#include "wizard/reviewpage.h"
#include "wizard/servicespage.h"
#include "wizard/steplist.h"
#include "wizard/storagepage.h"
#include "wizard/vpcpage.h"

#include <QAbstractButton>
#include <QFileDialog>
#include <QGuiApplication>
#include <QLabel>
#include <QMessageBox>
#include <QScreen>
#include <QVBoxLayout>

LaunchWizard::LaunchWizard(const LaunchSpec &initial, QWidget *parent)
    : QWizard(parent)
{
    setObjectName(QStringLiteral("LaunchWizard"));
    setWindowTitle(tr("New launch"));
    setWizardStyle(QWizard::ClassicStyle);
    setOption(QWizard::NoBackButtonOnStartPage);
    setOption(QWizard::HaveCustomButton1);
    setOption(QWizard::HaveCustomButton2);
    setButtonText(QWizard::CustomButton1, tr("Sa&ve as template…"));
    setButtonText(QWizard::CustomButton2, tr("&Open template…"));
    button(QWizard::CustomButton1)->setObjectName(QStringLiteral("saveTemplateButton"));
    button(QWizard::CustomButton2)->setObjectName(QStringLiteral("openTemplateButton"));
    setButtonLayout({QWizard::CustomButton2, QWizard::CustomButton1, QWizard::Stretch,
                     QWizard::BackButton, QWizard::NextButton, QWizard::CommitButton,
                     QWizard::FinishButton, QWizard::CancelButton});

    m_draft = new LaunchDraft(Catalog::builtIn(), this);
    LaunchSpec start = initial;
    // The image page opens on the public images, so an unchosen type means that one; otherwise
    // the page would call for a type while its picker already shows "Public image".
    if (start.imageType == LaunchSpec::NoImageType)
        start.imageType = LaunchSpec::PublicImage;
    m_draft->reset(start);
    m_quoter = new PriceQuoter(m_draft, this);
    m_offers = new OfferLoader(m_draft, this);

    addLaunchPage(LocationPageId, new LocationPage(m_draft, this));
    addLaunchPage(InstancePageId, new InstanceConfigPage(m_draft, m_offers, this));
    addLaunchPage(ImagePageId, new ImagePage(m_draft, this));
    addLaunchPage(StoragePageId, new StoragePage(m_draft, this));
    addLaunchPage(NetworkPageId, new NetworkPage(m_draft, this));
    addLaunchPage(VpcPageId, new VpcPage(m_draft, this));
    addLaunchPage(LoginPageId, new LoginPage(m_draft, this));
    addLaunchPage(ServicesPageId, new ServicesPage(m_draft, this));
    m_reviewPage = new ReviewPage(m_draft, m_quoter, this);
    addLaunchPage(ReviewPageId, m_reviewPage);
    m_donePage = new DonePage(this);
    setPage(DonePageId, m_donePage);

    // The side panel: where you are, which steps need attention, and the price as you go.
    auto *side = new QWidget(this);
    auto *sideLayout = new QVBoxLayout(side);
    m_stepList = new StepList(side);
    m_sidePrice = new PricePanel(side);
    m_sidePrice->setObjectName(QStringLiteral("sidePrice"));
    auto *priceTitle = new QLabel(tr("Price"), side);
    QFont bold = priceTitle->font();
    bold.setBold(true);
    priceTitle->setFont(bold);
    sideLayout->addWidget(m_stepList);
    sideLayout->addStretch(1);
    sideLayout->addWidget(priceTitle);
    sideLayout->addWidget(m_sidePrice);
    setSideWidget(side);

    connect(m_draft, &LaunchDraft::changed, this, &LaunchWizard::updateSideWidget);
    connect(this, &QWizard::currentIdChanged, this, &LaunchWizard::updateSideWidget);
    connect(m_quoter, &PriceQuoter::stateChanged, this, &LaunchWizard::showPrice);
    connect(m_sidePrice, &PricePanel::retryRequested, m_quoter, &PriceQuoter::refresh);
    connect(m_reviewPage, &ReviewPage::launchConfirmed, this, &LaunchWizard::onLaunchConfirmed);
    connect(this, &QWizard::customButtonClicked, this, [this](int which) {
        if (which == QWizard::CustomButton1)
            chooseTemplateToSave();
        else if (which == QWizard::CustomButton2)
            chooseTemplateToOpen();
    });
    updateSideWidget();
    showPrice();
    // Room for the family descriptions, the API 3.0 offer's columns up to the status and the
    // image list without scrolling, in font-relative units so that it scales with the DPI. A
    // Latin 'x' is the unit: a CJK font's average character is full-width and would double the
    // size. Never larger than the screen.
    const int em = fontMetrics().horizontalAdvance(u'x');
    QSize wanted(qMax(sizeHint().width(), 125 * em),
                 qMax(sizeHint().height(), 42 * fontMetrics().height()));
    if (const QScreen *screen = QGuiApplication::primaryScreen())
        wanted = wanted.boundedTo(screen->availableGeometry().size() * 0.9);
    resize(wanted);
}

void LaunchWizard::addLaunchPage(int id, LaunchPage *page)
{
    setPage(id, page);
    m_pages.append(page);
}

void LaunchWizard::setCloudApi(CloudApi *api, const QString &profileId)
{
    // API 2.0 cannot send API 3.0's disk list or security groups, and its pages cannot show
    // them: a reopened API 3.0 launch loses them here, said on the first page, rather than
    // being refused after Launch.
    const LaunchSpec &spec = m_draft->spec();
    if (api && api->version() == ApiConfig::Version::V2 &&
        (!spec.dataDisks.isEmpty() || !spec.securityGroupIds.isEmpty())) {
        m_draft->edit(SpecField::DataDisks, [](LaunchSpec &changed) {
            changed.dataDisks.clear();
            changed.securityGroupIds.clear();
        });
        if (auto *location = qobject_cast<LocationPage *>(page(LocationPageId))) {
            location->addCarryOverNote(
                tr("API 2.0 takes one data disk and no security groups: the data disks and "
                   "security groups of the reopened launch were dropped. Choose a data disk on "
                   "the Storage step."));
        }
    }
    // First: the draft learns which world decides the instance type before the pages load.
    m_offers->setCloudApi(api, profileId);
    for (LaunchPage *page : std::as_const(m_pages))
        page->setCloudApi(api);
    m_quoter->setCloudApi(api);
}

void LaunchWizard::setOfferCache(OfferCache *cache)
{
    m_offers->setCache(cache);
}

const LaunchSpec &LaunchWizard::spec() const
{
    return m_draft->spec();
}

std::optional<double> LaunchWizard::pricePerInstanceHour() const
{
    return m_quoter->perInstanceHour();
}

void LaunchWizard::updateSideWidget()
{
    QList<StepList::Step> steps;
    for (const int id : pageIds()) {
        if (id == DonePageId)
            continue;
        auto *launchPage = qobject_cast<LaunchPage *>(page(id));
        int errors = 0;
        // Steps not reached yet are not marked: their empty fields are not mistakes.
        if (launchPage && id != ReviewPageId && visitedIds().contains(id)) {
            for (const Finding &finding : m_draft->findingsFor(launchPage->fields()))
                errors += finding.isError() ? 1 : 0;
        }
        steps.append({id, page(id)->title(), id != VpcPageId || m_draft->usesVpc(), errors});
    }
    m_stepList->setSteps(steps, currentId());
}

void LaunchWizard::showPrice()
{
    switch (m_quoter->state()) {
    case PriceQuoter::State::NotReady:
        m_sidePrice->setUnavailable(m_quoter->notReadyReason());
        break;
    case PriceQuoter::State::Waiting:
    case PriceQuoter::State::Loading:
        m_sidePrice->setWaiting();
        break;
    case PriceQuoter::State::Quoted:
        m_sidePrice->setPrice(*m_quoter->price(), m_quoter->goodsNum());
        break;
    case PriceQuoter::State::Failed:
        m_sidePrice->setFailed(m_quoter->error());
        break;
    }
}

QString LaunchWizard::saveTemplate(const QString &path)
{
    return LaunchTemplate::saveFile(path, m_draft->spec());
}

QString LaunchWizard::openTemplate(const QString &path)
{
    const LaunchTemplate::LoadResult loaded = LaunchTemplate::loadFile(path);
    if (!loaded.ok())
        return loaded.error;
    m_draft->reset(loaded.spec);
    return {};
}

void LaunchWizard::chooseTemplateToSave()
{
    // Never a nested event loop: the dialog is opened and answers through a signal.
    auto *dialog = new QFileDialog(this, tr("Save launch template"));
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setAcceptMode(QFileDialog::AcceptSave);
    dialog->setNameFilter(tr("Launch templates (*.json)"));
    dialog->setDefaultSuffix(QStringLiteral("json"));
    connect(dialog, &QFileDialog::fileSelected, this, [this](const QString &path) {
        const QString error = saveTemplate(path);
        if (!error.isEmpty())
            showError(tr("Cannot save the template"), error);
    });
    dialog->open();
}

void LaunchWizard::chooseTemplateToOpen()
{
    auto *dialog = new QFileDialog(this, tr("Open launch template"));
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setAcceptMode(QFileDialog::AcceptOpen);
    dialog->setFileMode(QFileDialog::ExistingFile);
    dialog->setNameFilter(tr("Launch templates (*.json)"));
    connect(dialog, &QFileDialog::fileSelected, this, [this](const QString &path) {
        const QString error = openTemplate(path);
        if (!error.isEmpty())
            showError(tr("Cannot open the template"), error);
    });
    dialog->open();
}

void LaunchWizard::showError(const QString &title, const QString &message)
{
    auto *box = new QMessageBox(QMessageBox::Warning, title, message, QMessageBox::Ok, this);
    box->setAttribute(Qt::WA_DeleteOnClose);
    box->open();
}

void LaunchWizard::onLaunchConfirmed()
{
    const LaunchSpec spec = m_draft->spec();
    // Remembered for next time, without the password; a failure here must not stop the launch.
    LastLaunch::save(spec);
    m_donePage->setLaunched(spec.goodsNum);
    button(QWizard::CustomButton1)->setEnabled(false);
    button(QWizard::CustomButton2)->setEnabled(false);
    Q_EMIT launchRequested(spec);
}
