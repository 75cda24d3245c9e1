// SPDX-FileCopyrightText: 2026 The CVM Launcher authors
// SPDX-License-Identifier: Apache-2.0

#include "wizard/launchwizard.h"

#include "catalog/catalog.h"
#include "spec/launchtemplate.h"
#include "spec/specfields.h"
#include "spec/templatelocation.h"
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
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QGuiApplication>
#include <QLabel>
#include <QMessageBox>
#include <QPushButton>
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
    setOption(QWizard::HaveCustomButton3);
    setButtonText(QWizard::CustomButton3, tr("&Jump back to review"));
    button(QWizard::CustomButton3)->setObjectName(QStringLiteral("backToReviewButton"));
    button(QWizard::CustomButton3)
        ->setToolTip(tr("Go forward through the steps to the review, as far as each step allows"));
    setButtonText(QWizard::CustomButton1, tr("Sa&ve as template…"));
    setButtonText(QWizard::CustomButton2, tr("&Open template…"));
    button(QWizard::CustomButton1)->setObjectName(QStringLiteral("saveTemplateButton"));
    button(QWizard::CustomButton2)->setObjectName(QStringLiteral("openTemplateButton"));

    m_draft = new LaunchDraft(Catalog::builtIn(), this);
    LaunchSpec start = initial;
    // The image page opens on the public images, so an unchosen type means that one; otherwise
    // the page would call for a type while its picker already shows "Public image".
    if (start.imageType == LaunchSpec::NoImageType)
        start.imageType = LaunchSpec::PublicImage;
    m_draft->reset(start);
    m_quoter = new PriceQuoter(m_draft, this);
    m_offers = new OfferLoader(m_draft, this);

    m_locationPage = new LocationPage(m_draft, this);
    addLaunchPage(LocationPageId, m_locationPage);
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
    // Says where a template was saved, or which one was opened, until the next one.
    m_templateNote = new QLabel(side);
    m_templateNote->setObjectName(QStringLiteral("templateNote"));
    m_templateNote->setWordWrap(true);
    m_templateNote->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_templateNote->hide();
    sideLayout->addWidget(m_stepList);
    sideLayout->addWidget(m_templateNote);
    sideLayout->addStretch(1);
    sideLayout->addWidget(priceTitle);
    sideLayout->addWidget(m_sidePrice);
    setSideWidget(side);

    connect(m_draft, &LaunchDraft::changed, this, &LaunchWizard::updateSideWidget);
    connect(this, &QWizard::currentIdChanged, this, &LaunchWizard::updateSideWidget);
    connect(this, &QWizard::currentIdChanged, this, &LaunchWizard::updateButtonLayout);
    // The line about a template saved or opened belongs to the step it was done on.
    connect(this, &QWizard::currentIdChanged, this, [this] { m_templateNote->hide(); });
    // After QWizard's own choice (the first child that takes the focus, often a radio button
    // that Space would flip): the page's first input.
    connect(this, &QWizard::currentIdChanged, this, [this] {
        if (auto *launchPage = qobject_cast<LaunchPage *>(currentPage())) {
            if (QWidget *input = launchPage->firstInput())
                input->setFocus(Qt::TabFocusReason);
        }
    });
    connect(m_locationPage, &LocationPage::startBlankRequested, this, &LaunchWizard::startBlank);
    connect(m_reviewPage, &ReviewPage::editRequested, this, &LaunchWizard::goToStep);
    connect(m_stepList, &StepList::stepClicked, this, &LaunchWizard::goToStep);
    m_reviewPage->setStepOf([this](SpecField field) -> QPair<int, QString> {
        for (const int id : pageIds()) {
            auto *launchPage = qobject_cast<LaunchPage *>(page(id));
            if (launchPage && id != ReviewPageId && launchPage->fields().contains(field))
                return {id, launchPage->title()};
        }
        return {-1, QString()};
    });
    updateButtonLayout();
    connect(m_quoter, &PriceQuoter::stateChanged, this, &LaunchWizard::showPrice);
    connect(m_sidePrice, &PricePanel::retryRequested, m_quoter, &PriceQuoter::refresh);
    connect(m_reviewPage, &ReviewPage::launchConfirmed, this, &LaunchWizard::onLaunchConfirmed);
    connect(m_locationPage, &LocationPage::regionChosen, this,
            [this](const QString &region) { useRegion(region, true); });
    connect(this, &QWizard::customButtonClicked, this, [this](int which) {
        if (which == QWizard::CustomButton1)
            chooseTemplateToSave();
        else if (which == QWizard::CustomButton2)
            chooseTemplateToOpen();
        else if (which == QWizard::CustomButton3)
            returnToReview();
    });
    updateSideWidget();
    showPrice();
    // Room for the family descriptions, the API 3.0 offer's columns up to the status and the
    // image list without scrolling, in font-relative units so that it scales with the DPI. A
    // Latin 'x' is the unit: a CJK font's average character is full-width and would double the
    // size. Never larger than the screen.
    const int em = fontMetrics().horizontalAdvance(u'x');
    QSize wanted(qMax(sizeHint().width(), 140 * em),
                 qMax(sizeHint().height(), 46 * fontMetrics().height()));
    if (const QScreen *screen = QGuiApplication::primaryScreen())
        wanted = wanted.boundedTo(screen->availableGeometry().size() * 0.9);
    resize(wanted);
}

void LaunchWizard::updateButtonLayout()
{
    // The launch is on its way on the done page: nothing is left to cancel or to save.
    if (currentId() == DonePageId) {
        setButtonLayout({QWizard::Stretch, QWizard::FinishButton});
        return;
    }
    // Once the review was reached and the operator went back to change a step, one button
    // takes them forward again instead of Next on every step between.
    if (currentId() == ReviewPageId)
        m_reviewReached = true;
    QList<QWizard::WizardButton> layout = {QWizard::CustomButton2, QWizard::CustomButton1,
                                           QWizard::Stretch,       QWizard::BackButton,
                                           QWizard::NextButton,    QWizard::CommitButton,
                                           QWizard::FinishButton,  QWizard::CancelButton};
    if (m_reviewReached && currentId() != ReviewPageId)
        layout.insert(layout.indexOf(QWizard::BackButton), QWizard::CustomButton3);
    setButtonLayout(layout);
}

void LaunchWizard::returnToReview()
{
    // As Next would, step by step: a step that is not complete stops the way there, with its
    // findings on screen. Each step taken gives its first input the focus (currentIdChanged).
    while (currentId() != ReviewPageId && currentId() != DonePageId &&
           currentPage()->isComplete()) {
        const int before = currentId();
        next();
        if (currentId() == before)
            break;
    }
}

void LaunchWizard::goToStep(int id)
{
    // Back along the path taken: a step not reached yet is not a place to jump to, and going
    // back keeps every choice made after it.
    if (!visitedIds().contains(id) || currentId() == DonePageId)
        return;
    while (currentId() != id && currentId() != LocationPageId)
        back();
    if (auto *launchPage = qobject_cast<LaunchPage *>(currentPage())) {
        if (QWidget *input = launchPage->firstInput())
            input->setFocus(Qt::TabFocusReason);
    }
}

void LaunchWizard::markReopened()
{
    const LaunchSpec &spec = m_draft->spec();
    const QString zone = m_draft->catalog().zoneName(spec.zoneId);
    QStringList what;
    if (!spec.instanceType.isEmpty())
        what << spec.instanceType;
    if (!zone.isEmpty())
        what << zone;
    if (!spec.imageId.isEmpty())
        what << spec.imageId;
    m_locationPage->setReopenedNote(
        what.isEmpty() ? tr("This launch starts from your previous launch's choices. Change what "
                            "you need, or start blank.")
                       : tr("This launch starts from your previous launch's choices (%1). Change "
                            "what you need, or start blank.")
                             .arg(what.join(tr(", "))));
}

void LaunchWizard::startBlank()
{
    LaunchSpec blank;
    blank.imageType = LaunchSpec::PublicImage; // as the constructor does: the page's first list
    m_draft->reset(blank);
    m_locationPage->clearNotes();
    // The profile's region again; the pages list what it offers.
    useRegion(m_profileRegion, false);
    m_locationPage->setFocus();
}

void LaunchWizard::reject()
{
    if (m_discardConfirmed || currentId() == DonePageId || !m_draft->isEdited()) {
        QWizard::reject();
        return;
    }
    if (findChild<QMessageBox *>(QStringLiteral("discardQuestion")))
        return; // already asked
    auto *box = new QMessageBox(QMessageBox::Question, tr("Discard this launch?"),
                                tr("The choices you made in this wizard will be lost."),
                                QMessageBox::NoButton, this);
    box->setObjectName(QStringLiteral("discardQuestion"));
    box->setAttribute(Qt::WA_DeleteOnClose);
    QPushButton *discard = box->addButton(tr("&Discard"), QMessageBox::DestructiveRole);
    discard->setObjectName(QStringLiteral("discardButton"));
    QPushButton *keep = box->addButton(tr("&Keep editing"), QMessageBox::RejectRole);
    keep->setObjectName(QStringLiteral("keepEditingButton"));
    box->setDefaultButton(keep);
    box->setEscapeButton(keep);
    connect(discard, &QPushButton::clicked, this, [this] {
        m_discardConfirmed = true;
        QWizard::reject();
    });
    box->open();
}

void LaunchWizard::addLaunchPage(int id, LaunchPage *page)
{
    setPage(id, page);
    m_pages.append(page);
    // A page's own errors (pageErrors) change without a draft change: the step list follows.
    connect(page, &QWizardPage::completeChanged, this, &LaunchWizard::updateSideWidget);
}

void LaunchWizard::setCloudApi(CloudApi *api, const QString &profileId)
{
    // API 2.0 cannot send API 3.0's disk list or security groups, and its pages cannot show
    // them: a reopened API 3.0 launch loses them here, said on the first page, rather than
    // being refused after Launch.
    const LaunchSpec &spec = m_draft->spec();
    if (api && api->version() == ApiConfig::Version::V2 &&
        (!spec.dataDisks.isEmpty() || !spec.securityGroupIds.isEmpty())) {
        m_draft->adjust(SpecField::DataDisks, [](LaunchSpec &changed) {
            changed.dataDisks.clear();
            changed.securityGroupIds.clear();
        });
        m_locationPage->addCarryOverNote(
            tr("API 2.0 takes one data disk and no security groups: the data disks and "
               "security groups of the reopened launch were dropped. Choose a data disk on "
               "the Storage step."));
    }
    const QString accountRegion = api ? api->region() : QString();
    const bool sameAccount =
        m_accountSet && profileId == m_profileId && accountRegion == m_profileRegion;
    m_profileApi = api;
    m_profileId = profileId;
    m_profileRegion = accountRegion;
    m_accountSet = true;
    // A backend rebuilt for the same account (keys re-entered) keeps the region chosen here;
    // another account starts from its own region.
    const QString region = sameAccount ? spec.region : accountRegion;
    useRegion(region, false);
}

CloudApi *LaunchWizard::currentApi() const
{
    CloudApi *regional = m_regionalApi.data();
    return regional ? regional : m_profileApi.data();
}

void LaunchWizard::useRegion(const QString &region, bool chosen)
{
    CloudApi *profileApi = m_profileApi.data();
    CloudApi *api = profileApi;
    QPointer<CloudApi> previous = m_regionalApi;
    m_regionalApi = nullptr;
    QString target = region;
    if (profileApi && !region.isEmpty() && region != profileApi->region()) {
        CloudApi *regional = previous.data();
        if (!regional || regional->region() != region)
            regional = profileApi->inRegion(region, this);
        else
            previous = nullptr; // kept
        if (regional) {
            m_regionalApi = regional;
            api = regional;
        } else {
            // This backend cannot address another region: the launch stays in its own.
            target = profileApi->region();
            m_locationPage->addCarryOverNote(
                tr("This connection cannot work in %1, so the launch stays in %2.")
                    .arg(region, target));
        }
    }
    const QString before = m_draft->spec().region;
    const int dropped = m_draft->setRegion(target, chosen);
    if (dropped != 0 && !chosen) {
        const CatalogZone *zone = m_draft->catalog().zone(dropped);
        m_locationPage->addCarryOverNote(
            tr("The zone you had chosen before, %1 (%2), is not in this profile's region %3, so "
               "it was dropped. Choose a zone below, or choose another region.")
                .arg(m_draft->catalog().zoneName(dropped),
                     zone ? zone->region : tr("another region"), target));
    } else if (!chosen && !before.isEmpty() && !target.isEmpty() && before != target) {
        m_locationPage->addCarryOverNote(
            tr("The reopened launch was for %1; this profile works in %2, so the launch now "
               "goes there.")
                .arg(before, target));
    }
    // Other regions can be chosen when the backend can address them: one that says its region
    // can (CloudApi::inRegion); without a backend the catalog's regions are all there is.
    m_locationPage->setRegionChoice(!profileApi || !profileApi->region().isEmpty());
    // First: the draft learns which world decides the instance type before the pages load.
    m_offers->setCloudApi(api, m_profileId);
    for (LaunchPage *page : std::as_const(m_pages))
        page->setCloudApi(api);
    m_quoter->setCloudApi(api);
    if (CloudApi *old = previous.data())
        old->deleteLater(); // after the pages let go of it; its calls end with it
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
        // Every step with a mistake is marked, reached or not (a Windows image makes the key
        // pair chosen on Login one). An empty field is no mistake on a step not reached yet, nor
        // on the step on screen, whose page shows it as a note (what to do), not an error.
        const bool reached = visitedIds().contains(id) && id != currentId();
        if (launchPage && id != ReviewPageId) {
            for (const Finding &finding : m_draft->findingsFor(launchPage->fields())) {
                const std::optional<SpecField> field = SpecFields::fromKey(finding.field);
                const bool unreachedEmpty = !reached && finding.code == QLatin1String("required") &&
                                            field && !m_draft->isTouched(*field);
                errors += finding.isError() && !unreachedEmpty ? 1 : 0;
            }
            errors += launchPage->pageErrors();
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
    const QString region = m_draft->spec().region;
    m_draft->reset(loaded.spec);
    // The template names its region: the wizard goes there (shown on the Location step), or
    // stays where it was when the template names none.
    useRegion(loaded.spec.region.isEmpty() ? region : loaded.spec.region, false);
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
    // In the folder used last, under a name that says what it launches; QFileDialog asks
    // before it replaces a file.
    dialog->setDirectory(TemplateLocation::folder());
    dialog->selectFile(TemplateLocation::suggestedFileName(m_draft->spec()));
    connect(dialog, &QFileDialog::fileSelected, this, [this](const QString &path) {
        const QString error = saveTemplate(path);
        if (!error.isEmpty()) {
            showError(tr("Cannot save the template"), error);
            return;
        }
        TemplateLocation::remember(path);
        // The name in the narrow side panel, the whole path in its tooltip.
        showTemplateNote(
            tr("Saved as template %1. It holds no password.").arg(QFileInfo(path).fileName()),
            QDir::toNativeSeparators(path));
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
    dialog->setDirectory(TemplateLocation::folder());
    connect(dialog, &QFileDialog::fileSelected, this, [this](const QString &path) {
        const QString error = openTemplate(path);
        if (!error.isEmpty()) {
            showError(tr("Cannot open the template"), error);
            return;
        }
        TemplateLocation::remember(path);
        // Every choice may have changed (the login too: a template holds no password), so the
        // operator goes through the steps again from the first; Launch is not one key away.
        m_reviewReached = false;
        if (currentId() != startId())
            restart();
        showTemplateNote(tr("Opened template %1: its choices replaced the ones on screen.")
                             .arg(QFileInfo(path).fileName()),
                         QDir::toNativeSeparators(path));
        // The Location step says where the choices come from: this template now, not the
        // previous launch.
        m_locationPage->setReopenedNote(
            tr("This launch starts from the template %1. Change what you need, or start blank.")
                .arg(QFileInfo(path).fileName()));
    });
    dialog->open();
}

void LaunchWizard::showTemplateNote(const QString &text, const QString &path)
{
    m_templateNote->setText(text);
    m_templateNote->setToolTip(path);
    m_templateNote->show();
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
