package ducha.study.ui.internal.reviews;

import ducha.core.Language;

/**
 * The texts of the study sessions and monthly review views: {@code messages.properties} (English) and
 * {@code messages_zh_CN.properties} (Chinese), in the platform's language.
 */
final class Messages {

	static String department;
	static String year;
	static String reload;
	static String loading;
	static String loadJob;
	static String saveJob;
	static String unavailable;
	static String chooseDepartment;
	static String sessionsCount;
	static String colNumber;
	static String colDate;
	static String colKind;
	static String colTopic;
	static String colAttendees;
	static String colHours;
	static String newSession;
	static String editSession;
	static String deleteSession;
	static String deleteConfirm;
	static String deleted;
	static String saved;
	static String attachments;
	static String addFile;
	static String saveFile;
	static String fileAdded;
	static String fileSaved;
	static String colFile;
	static String colSize;
	static String colAddedBy;
	static String sessionTitle;
	static String sessionHeading;
	static String sessionMessage;
	static String fieldDate;
	static String fieldKind;
	static String fieldTopic;
	static String fieldAttendees;
	static String fieldHours;
	static String fieldRecord;
	static String dateInFuture;
	static String topicMissing;
	static String attendeesMissing;
	static String hoursInvalid;
	static String month;
	static String propose;
	static String saveAssignment;
	static String setReviewer;
	static String reviewer;
	static String assignmentTitle;
	static String colReviewed;
	static String reviewedYes;
	static String reviewedNo;
	static String draft;
	static String draftNotes;
	static String none;
	static String assignmentCount;
	static String assignmentSaved;
	static String reviewsTitle;
	static String colPersonTimes;
	static String colProblems;
	static String colOpen;
	static String recordReview;
	static String verifyProblem;
	static String issueFeedback;
	static String chooseLine;
	static String chooseReview;
	static String noOpenProblem;
	static String reviewsCount;
	static String reviewTitle;
	static String reviewHeading;
	static String reviewMessage;
	static String fieldReviewDate;
	static String fieldCovered;
	static String fieldFinding;
	static String fieldRectification;
	static String addProblem;
	static String removeProblem;
	static String fieldProblems;
	static String coveredMissing;
	static String findingPending;
	static String verifyTitle;
	static String verifyHeading;
	static String fieldProblem;
	static String fieldVerification;
	static String fieldVerifiedOn;
	static String verificationMissing;
	static String feedbackSaveAs;
	static String feedbackIssued;
	static String feedbackJob;
	static String failed;
	static String sessionGone;
	static String problemGone;
	static String previewFeedback;
	static String feedbackComposeJob;

	static {
		Language.initializeMessages(Messages.class);
	}

	private Messages() {
	}
}
