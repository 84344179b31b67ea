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
import ducha.team.MeetingProblem;
import ducha.team.MeetingService;

/** 标记解决: when and how an analysed problem was resolved; it is then no longer carried to later meetings. */
final class ResolveDialog extends FormDialog<MeetingProblem> {

	private final MeetingService meetings;
	private final Principal principal;
	/** The problem as the form was opened on it; its version goes back with the step. */
	private MeetingProblem problem;

	private DateField resolvedOn;
	private Text how;

	ResolveDialog(Shell parent, Background background, MeetingService meetings, Principal principal,
			MeetingProblem problem) {
		super(parent, background, Messages.resolveTitle, problem.problemNo() + " " + problem.description(),
				Messages.resolveMessage);
		this.meetings = meetings;
		this.principal = principal;
		this.problem = problem;
	}

	@Override
	protected void fields(Composite form) {
		resolvedOn = Forms.date(form, Messages.fieldResolvedOn, "resolve.date", LocalDate.now());
		how = Forms.area(form, Messages.fieldResolvedHow, "resolve.how", 3);
	}

	@Override
	protected List<String> problems() {
		return how.getText().isBlank() ? List.of(Messages.howMissing) : List.of();
	}

	@Override
	protected Callable<MeetingProblem> save() {
		LocalDate day = Forms.day(resolvedOn);
		String text = how.getText();
		MeetingProblem seen = problem;
		return () -> meetings.resolve(seen.problemNo(), seen.version(), day, text, principal);
	}

	/** Reads the problem again (e.g. its analysis changed meanwhile); what was typed stays. */
	@Override
	protected Callable<Runnable> reload() {
		String problemNo = problem.problemNo();
		return () -> {
			MeetingProblem stored = meetings.problem(problemNo, principal);
			return () -> problem = stored;
		};
	}
}
