// ChatHeader on its own, offscreen: the profiles and the conversation's choices are shown with
// the profile's default model first; a fetched model list keeps what was typed; selectionEdited
// comes from the user's edits only, never from the window setting the header up; the model list
// opens on request; the Instructions button says whether the conversation has a prompt of its own.
#include "chat/ChatHeader.h"

#include <QAbstractItemView>
#include <QComboBox>
#include <QDoubleSpinBox>
#include <QLineEdit>
#include <QSignalSpy>
#include <QTest>
#include <QToolButton>

namespace {

ProviderProfile profile(const QString &name, const QString &defaultModel)
{
    ProviderProfile p;
    p.id = name + QStringLiteral("-id");
    p.name = name;
    p.defaultModel = defaultModel;
    return p;
}

QStringList items(const QComboBox *box)
{
    QStringList texts;
    for (int i = 0; i < box->count(); ++i)
        texts << box->itemText(i);
    return texts;
}

} // namespace

class TstChatHeader final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();
    void showsTheConversationsChoices();
    void anEmptyChoiceShowsTheProfilesDefaults();
    void aFetchedModelListKeepsTheTypedModelAndTheDefaultFirst();
    void settingUpTheHeaderIsNotAnEdit();
    void choosingAnotherProfileBringsItsDefaultModel();
    void typingAModelOrChangingTheTemperatureIsAnEdit();
    void openModelListShowsTheList();
    void theInstructionsButtonSaysWhetherThereIsAPrompt();

private:
    ChatHeader *m_header = nullptr;
    QComboBox *m_profile = nullptr;
    QComboBox *m_model = nullptr;
    QDoubleSpinBox *m_temperature = nullptr;
    QToolButton *m_prompt = nullptr;
};

void TstChatHeader::init()
{
    m_header = new ChatHeader;
    m_header->setProfiles({profile(QStringLiteral("holysheep"), QStringLiteral("stepfun-v3")),
                           profile(QStringLiteral("local"), QStringLiteral("llama-3-8b"))});
    m_header->show();
    m_header->activateWindow(); // focus is only given in the active window
    QVERIFY(QTest::qWaitForWindowActive(m_header));
    m_profile = m_header->findChild<QComboBox *>(QStringLiteral("profileSelector"));
    m_model = m_header->findChild<QComboBox *>(QStringLiteral("modelSelector"));
    m_temperature = m_header->findChild<QDoubleSpinBox *>(QStringLiteral("temperatureSpin"));
    m_prompt = m_header->findChild<QToolButton *>(QStringLiteral("systemPromptButton"));
    QVERIFY(m_profile);
    QVERIFY(m_model);
    QVERIFY(m_temperature);
    QVERIFY(m_prompt);
}

void TstChatHeader::cleanup()
{
    delete m_header;
    m_header = nullptr;
}

void TstChatHeader::showsTheConversationsChoices()
{
    m_header->setSelection(QStringLiteral("LOCAL"), QStringLiteral("qwen-2.5"), 0.4, 1.0);
    QCOMPARE(m_header->profileName(), QStringLiteral("local")); // names match whatever their case
    QCOMPARE(m_header->model(), QStringLiteral("qwen-2.5"));
    QCOMPARE(m_header->temperature(), 0.4);
    QCOMPARE(items(m_model), QStringList{QStringLiteral("llama-3-8b")});
}

void TstChatHeader::anEmptyChoiceShowsTheProfilesDefaults()
{
    m_header->setSelection(QStringLiteral("holysheep"), QString(), std::nullopt, 0.7);
    QCOMPARE(m_header->model(), QStringLiteral("stepfun-v3"));
    QCOMPARE(m_header->temperature(), 0.7);
    // A profile that no longer exists falls back to the first one.
    m_header->setSelection(QStringLiteral("gone"), QString(), std::nullopt, 0.7);
    QCOMPARE(m_header->profileName(), QStringLiteral("holysheep"));
    QCOMPARE(m_header->model(), QStringLiteral("stepfun-v3"));
}

void TstChatHeader::aFetchedModelListKeepsTheTypedModelAndTheDefaultFirst()
{
    m_header->setSelection(QStringLiteral("holysheep"), QString(), std::nullopt, 1.0);
    m_model->lineEdit()->setText(QStringLiteral("my-fine-tune"));
    m_header->setModels({QStringLiteral("alpha"), QStringLiteral("stepfun-v3"), QStringLiteral("beta")});
    QCOMPARE(items(m_model),
             (QStringList{QStringLiteral("stepfun-v3"), QStringLiteral("alpha"), QStringLiteral("beta")}));
    QCOMPARE(m_header->model(), QStringLiteral("my-fine-tune"));

    // A second refresh replaces the list and still keeps the default first.
    m_header->setModels({QStringLiteral("gamma")});
    QCOMPARE(items(m_model), (QStringList{QStringLiteral("stepfun-v3"), QStringLiteral("gamma")}));
    QCOMPARE(m_header->model(), QStringLiteral("my-fine-tune"));
}

void TstChatHeader::settingUpTheHeaderIsNotAnEdit()
{
    QSignalSpy edited(m_header, &ChatHeader::selectionEdited);
    m_header->setSelection(QStringLiteral("local"), QStringLiteral("qwen-2.5"), 0.3, 1.0);
    m_header->setModels({QStringLiteral("a"), QStringLiteral("b")});
    m_header->setSelection(QStringLiteral("holysheep"), QString(), std::nullopt, 1.2);
    m_header->setProfiles({profile(QStringLiteral("other"), QStringLiteral("m"))});
    m_header->setSystemPrompt(QStringLiteral("Be brief."));
    QCOMPARE(edited.count(), 0);
}

void TstChatHeader::choosingAnotherProfileBringsItsDefaultModel()
{
    m_header->setSelection(QStringLiteral("holysheep"), QStringLiteral("custom"), std::nullopt, 1.0);
    QSignalSpy edited(m_header, &ChatHeader::selectionEdited);
    m_profile->setFocus();
    QTest::keyClick(m_profile, Qt::Key_Down); // the user moves to the next profile
    QCOMPARE(m_header->profileName(), QStringLiteral("local"));
    QCOMPARE(m_header->model(), QStringLiteral("llama-3-8b"));
    QCOMPARE(edited.count(), 1);
}

void TstChatHeader::typingAModelOrChangingTheTemperatureIsAnEdit()
{
    m_header->setSelection(QStringLiteral("holysheep"), QString(), 0.5, 1.0);
    QSignalSpy edited(m_header, &ChatHeader::selectionEdited);
    m_model->lineEdit()->selectAll();
    QTest::keyClicks(m_model->lineEdit(), QStringLiteral("typed-model"));
    QCOMPARE(edited.count(), 0); // not per keystroke
    QTest::keyClick(m_model->lineEdit(), Qt::Key_Return);
    QVERIFY(edited.count() >= 1);
    QCOMPARE(m_header->model(), QStringLiteral("typed-model"));

    edited.clear();
    m_temperature->setFocus();
    QTest::keyClick(m_temperature, Qt::Key_Up);
    QCOMPARE(m_header->temperature(), 0.55);
    QCOMPARE(edited.count(), 1);
}

void TstChatHeader::openModelListShowsTheList()
{
    m_header->setSelection(QStringLiteral("holysheep"), QString(), std::nullopt, 1.0);
    m_header->setModels({QStringLiteral("alpha"), QStringLiteral("beta")});
    QVERIFY(!m_model->view()->isVisible());
    m_header->openModelList();
    QTRY_VERIFY(m_model->view()->isVisible());
    // Closed without a choice, the focus is on the model field, ready to type an id.
    m_model->hidePopup();
    QTRY_VERIFY(m_model->hasFocus());
    QCOMPARE(m_header->model(), QStringLiteral("stepfun-v3"));
}

void TstChatHeader::theInstructionsButtonSaysWhetherThereIsAPrompt()
{
    QSignalSpy requested(m_header, &ChatHeader::systemPromptRequested);
    QVERIFY(m_prompt->isCheckable());

    m_header->setSystemPrompt(QStringLiteral("Answer in Thai."));
    QVERIFY(m_prompt->isEnabled());
    QVERIFY(m_prompt->isChecked());
    QVERIFY(m_prompt->toolTip().contains(QStringLiteral("Answer in Thai.")));

    // A click asks for the dialog; it does not flip the state by itself (the dialog decides).
    QTest::mouseClick(m_prompt, Qt::LeftButton);
    QCOMPARE(requested.count(), 1);
    QVERIFY(m_prompt->isChecked());

    m_header->setSystemPrompt(QStringLiteral("   \n"));
    QVERIFY(!m_prompt->isChecked());
    QTest::mouseClick(m_prompt, Qt::LeftButton);
    QCOMPARE(requested.count(), 2);
    QVERIFY(!m_prompt->isChecked());

    // No conversation open: nothing to store a prompt with.
    m_header->setSystemPrompt(QString(), false);
    QVERIFY(!m_prompt->isEnabled());
    QTest::mouseClick(m_prompt, Qt::LeftButton);
    QCOMPARE(requested.count(), 2);
}

QTEST_MAIN(TstChatHeader)
#include "tst_chatheader.moc"
