package ducha.team.ui.internal.meetings;

import java.util.List;
import java.util.concurrent.Callable;

import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Text;

import ducha.app.ui.Background;
import ducha.app.ui.FormDialog;
import ducha.app.ui.Forms;
import ducha.core.directory.Department;
import ducha.core.directory.Staff;
import ducha.core.security.Principal;
import ducha.team.MeetingProblem;
import ducha.team.MeetingService;
import ducha.team.WorkMeeting;

/** 提出问题: who raised what about which department at the meeting. */
final class ProblemDialog extends FormDialog<MeetingProblem> {

	/** What the form offers, read off the UI thread before it opens. */
	record Choices(List<Staff> supervisors, List<Department> departments) {
	}

	private final MeetingService meetings;
	private final Principal principal;
	private final WorkMeeting meeting;
	private final Choices choices;

	private Combo raisedBy;
	private Text description;
	private Combo department;

	ProblemDialog(Shell parent, Background background, MeetingService meetings, Principal principal,
			WorkMeeting meeting, Choices choices) {
		super(parent, background, Messages.problemTitle, Messages.problemTitle + " " + meeting.date(),
				Messages.problemMessage);
		this.meetings = meetings;
		this.principal = principal;
		this.meeting = meeting;
		this.choices = choices;
	}

	@Override
	protected void fields(Composite form) {
		raisedBy = Forms.choice(form, Messages.fieldRaisedBy, "problem.raisedBy",
				choices.supervisors().stream().map(MeetingDialog::label).toArray(String[]::new));
		description = Forms.area(form, Messages.fieldDescription, "problem.description", 3);
		department = Forms.choice(form, Messages.fieldDepartment, "problem.department",
				choices.departments().stream().map(Department::name).toArray(String[]::new));
	}

	@Override
	protected List<String> problems() {
		if (raisedBy.getSelectionIndex() < 0) {
			return List.of(Messages.raisedByMissing);
		}
		if (description.getText().isBlank()) {
			return List.of(Messages.descriptionMissing);
		}
		return department.getSelectionIndex() < 0 ? List.of(Messages.departmentMissing) : List.of();
	}

	@Override
	protected Callable<MeetingProblem> save() {
		MeetingProblem problem = MeetingProblem.raise(meeting.date(),
				choices.supervisors().get(raisedBy.getSelectionIndex()).staffNo(), description.getText(),
				choices.departments().get(department.getSelectionIndex()).code());
		return () -> meetings.raise(problem, principal);
	}
}
