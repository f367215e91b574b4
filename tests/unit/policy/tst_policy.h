#pragma once
// The company policy test's fixture (moc reads it here: it does not read the raw JSON strings of
// tst_policy.cpp well).
#include <QObject>
#include <QTemporaryDir>

class TestPolicy : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void goodFile();
    void badJsonReportsLineAndColumn_data();
    void badJsonReportsLineAndColumn();
    void malformedReportsJsonPath_data();
    void malformedReportsJsonPath();
    void malformedFileIsIgnoredAsAWhole();
    void lockBeatsTeamAndUser();
    void unlockedValueSitsAboveTeam();
    void importRespectsPolicyLocks();
    void teamLockNamesTheAdmin();
    void allowedAuthMethods();
    void hostsAndClientId();
    void cliPolicyShow();
    void cliSettingsRespectPolicy();
    void cliPolicyShowMalformed();

private:
    void writePolicy(const QByteArray &json);
    QTemporaryDir m_dir;
};
