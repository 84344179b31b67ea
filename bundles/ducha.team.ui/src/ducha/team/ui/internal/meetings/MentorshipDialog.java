package ducha.team.ui.internal.meetings;

import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.Callable;

import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import ducha.app.ui.DateField;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Text;

import ducha.app.ui.Background;
import ducha.app.ui.FormDialog;
import ducha.app.ui.Forms;
import ducha.core.directory.Staff;
import ducha.core.security.Principal;
import ducha.team.MentoringService;
import ducha.team.Mentorship;

/** 新建跟班: the mentor and the new supervisor chosen by name, the rotation period and the training plan. */
final class MentorshipDialog extends FormDialog<Mentorship> {

	private final MentoringService mentoring;
	private final Principal principal;
	private final List<Staff> supervisors;

	private Combo mentor;
	private Combo trainee;
	private DateField from;
	private DateField to;
	private Text plan;

	MentorshipDialog(Shell parent, Background background, MentoringService mentoring, Principal principal,
			List<Staff> supervisors) {
		super(parent, background, Messages.mentorshipTitle, Messages.mentorshipTitle, Messages.mentorshipMessage);
		this.mentoring = mentoring;
		this.principal = principal;
		this.supervisors = supervisors;
	}

	@Override
	protected void fields(Composite form) {
		String[] people = supervisors.stream().map(MeetingDialog::label).toArray(String[]::new);
		mentor = Forms.choice(form, Messages.fieldMentor, "mentorship.mentor", people);
		trainee = Forms.choice(form, Messages.fieldTrainee, "mentorship.trainee", people);
		from = Forms.date(form, Messages.fieldFrom, "mentorship.from", LocalDate.now());
		to = Forms.date(form, Messages.fieldTo, "mentorship.to", LocalDate.now().plusMonths(6));
		plan = Forms.area(form, Messages.fieldPlan, "mentorship.plan", 4);
	}

	@Override
	protected List<String> problems() {
		if (mentor.getSelectionIndex() < 0 || trainee.getSelectionIndex() < 0) {
			return List.of(Messages.peopleMissing);
		}
		return Forms.day(to).isBefore(Forms.day(from)) ? List.of(Messages.rotationReversed) : List.of();
	}

	@Override
	protected Callable<Mentorship> save() {
		Mentorship m = Mentorship.of(supervisors.get(mentor.getSelectionIndex()).staffNo(),
				supervisors.get(trainee.getSelectionIndex()).staffNo(), Forms.day(from), Forms.day(to),
				plan.getText(), List.of());
		return () -> mentoring.start(m, principal);
	}
}
