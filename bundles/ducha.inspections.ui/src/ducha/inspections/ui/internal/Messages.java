package ducha.inspections.ui.internal;

import ducha.core.Language;

/** Texts of the inspections plugin's views ({@code messages.properties}, English; {@code messages_zh_CN.properties}, Chinese). */
public final class Messages {

	public static String year;
	public static String unavailable;
	public static String loading;
	public static String loadJob;
	public static String saveJob;
	public static String saved;
	public static String newInspection;
	public static String addFinding;
	public static String reportRectified;
	public static String verify;
	public static String close;
	public static String rectifiedNote;
	public static String inspectionsCount;
	public static String colNumber;
	public static String colTime;
	public static String colKind;
	public static String colMode;
	public static String colSource;
	public static String colSubject;
	public static String colDepartments;
	public static String colClosed;
	public static String colDepartment;
	public static String colPerson;
	public static String colDescription;
	public static String colDeadline;
	public static String colState;
	public static String colBulletin;
	public static String colFile;
	public static String colSize;
	public static String colAddedBy;
	public static String colMonth;
	public static String colAssignee;
	public static String colTitle;
	public static String colIssued;
	public static String colFindings;
	public static String stateOpen;
	public static String stateOverdue;
	public static String stateRectified;
	public static String stateVerified;
	public static String inspectionTitle;
	public static String inspectionHeading;
	public static String inspectionMessage;
	public static String fieldDate;
	public static String fieldTime;
	public static String fieldKind;
	public static String fieldMode;
	public static String fieldSource;
	public static String fieldSubject;
	public static String fieldDepartment;
	public static String fieldPersons;
	public static String fieldSummary;
	public static String fieldChecklist;
	public static String noChecklist;
	public static String timeInvalid;
	public static String departmentMissing;
	public static String findingTitle;
	public static String findingMessage;
	public static String fieldPerson;
	public static String fieldDescription;
	public static String fieldRectification;
	public static String fieldDeadline;
	public static String fieldEvidence;
	public static String browse;
	public static String descriptionMissing;
	public static String evidenceMissing;
	public static String deadlineBeforeInspection;
	public static String issueBulletin;
	public static String exportBulletin;
	public static String bulletinsCount;
	public static String bulletinIssued;
	public static String bulletinWritten;
	public static String bulletinTitle;
	public static String bulletinHeading;
	public static String bulletinMessage;
	public static String fieldTitle;
	public static String fieldIssued;
	public static String fieldFindings;
	public static String titleMissing;
	public static String findingsMissing;
	public static String planYear;
	public static String plansCount;
	public static String planTitle;
	public static String planMessage;
	public static String fieldFrom;
	public static String fieldAssignees;
	public static String fromOutsideYear;
	public static String assigneesMissing;
	public static String newChecklist;
	public static String editChecklist;
	public static String colCode;
	public static String colVersion;
	public static String colSaved;
	public static String colItems;
	public static String colGroup;
	public static String colItem;
	public static String colScore;
	public static String colEvidence;
	public static String passFail;
	public static String yes;
	public static String checklistsCount;
	public static String checklistSaved;
	public static String checklistTitle;
	public static String checklistNew;
	public static String checklistNext;
	public static String checklistMessage;
	public static String fieldCode;
	public static String fieldItems;
	public static String checklistIncomplete;
	public static String checklistBadLine;

	static {
		Language.initializeMessages(Messages.class);
	}

	private Messages() {
	}
}
