package ducha.team.ui.internal.meetings;

import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.Callable;

import org.eclipse.swt.widgets.Composite;
import ducha.app.ui.DateField;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Text;

import ducha.app.ui.Background;
import ducha.app.ui.FormDialog;
import ducha.app.ui.Forms;
import ducha.core.security.Principal;
import ducha.team.MentoringService;
import ducha.team.Mentorship;
import ducha.team.Milestone;

/** 添加里程碑: a milestone of the training plan and its due date. */
final class MilestoneDialog extends FormDialog<Mentorship> {

	private final MentoringService mentoring;
	private final Principal principal;
	private final Mentorship mentorship;

	private Text title;
	private DateField due;

	MilestoneDialog(Shell parent, Background background, MentoringService mentoring, Principal principal,
			Mentorship mentorship) {
		super(parent, background, Messages.milestoneTitle);
		this.mentoring = mentoring;
		this.principal = principal;
		this.mentorship = mentorship;
	}

	@Override
	protected void fields(Composite form) {
		title = Forms.text(form, Messages.fieldMilestone, "milestone.title");
		LocalDate suggested = LocalDate.now().plusMonths(1);
		due = Forms.date(form, Messages.fieldDue, "milestone.due",
				suggested.isAfter(mentorship.to()) ? mentorship.to() : suggested);
	}

	@Override
	protected List<String> problems() {
		return title.getText().isBlank() ? List.of(Messages.milestoneMissing) : List.of();
	}

	@Override
	protected Callable<Mentorship> save() {
		Milestone milestone = Milestone.of(title.getText(), Forms.day(due));
		return () -> mentoring.addMilestone(mentorship.id(), milestone, principal);
	}
}
