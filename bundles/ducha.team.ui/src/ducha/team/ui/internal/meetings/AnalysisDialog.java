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
import ducha.team.MeetingProblem;
import ducha.team.MeetingService;
import ducha.team.ProblemAnalysis;

/** 分析研讨: the analysis of a problem and the resolution agreed, with its owner and due date. */
final class AnalysisDialog extends FormDialog<MeetingProblem> {

	private final MeetingService meetings;
	private final Principal principal;
	/** The problem as the form was filled from it; its version goes back with the step. */
	private MeetingProblem problem;
	private final List<Staff> owners;

	private Text analysis;
	private DateField analysedOn;
	private Text resolution;
	private Combo owner;
	private DateField due;

	AnalysisDialog(Shell parent, Background background, MeetingService meetings, Principal principal,
			MeetingProblem problem, List<Staff> owners) {
		super(parent, background, Messages.analysisTitle, problem.problemNo() + " " + problem.description(),
				Messages.analysisMessage);
		this.meetings = meetings;
		this.principal = principal;
		this.problem = problem;
		this.owners = owners;
	}

	@Override
	protected void fields(Composite form) {
		analysis = Forms.area(form, Messages.fieldAnalysis, "analysis.text", 3);
		LocalDate day = problem.analysedOn() != null ? problem.analysedOn() : problem.meetingDate();
		analysedOn = Forms.date(form, Messages.fieldAnalysedOn, "analysis.date", day);
		resolution = Forms.area(form, Messages.fieldResolution, "analysis.resolution", 2);
		owner = Forms.choice(form, Messages.fieldOwner, "analysis.owner",
				owners.stream().map(MeetingDialog::label).toArray(String[]::new));
		due = Forms.date(form, Messages.fieldDue, "analysis.due",
				problem.due() != null ? problem.due() : day.plusDays(30));
		fill();
	}

	private void fill() {
		if (problem.analysed()) {
			analysis.setText(problem.analysis());
			analysedOn.setDate(problem.analysedOn().getYear(), problem.analysedOn().getMonthValue() - 1,
					problem.analysedOn().getDayOfMonth());
			resolution.setText(problem.resolution());
			owner.select(owners.stream().map(Staff::staffNo).toList().indexOf(problem.ownerStaffNo()));
			due.setDate(problem.due().getYear(), problem.due().getMonthValue() - 1, problem.due().getDayOfMonth());
		}
	}

	@Override
	protected List<String> problems() {
		if (analysis.getText().isBlank()) {
			return List.of(Messages.analysisMissing);
		}
		if (resolution.getText().isBlank()) {
			return List.of(Messages.resolutionMissing);
		}
		return owner.getSelectionIndex() < 0 ? List.of(Messages.ownerMissing) : List.of();
	}

	@Override
	protected Callable<MeetingProblem> save() {
		ProblemAnalysis a = new ProblemAnalysis(analysis.getText(), Forms.day(analysedOn), resolution.getText(),
				owners.get(owner.getSelectionIndex()).staffNo(), Forms.day(due));
		MeetingProblem seen = problem;
		return () -> meetings.analyse(seen.problemNo(), seen.version(), a, principal);
	}

	/** Reads the problem again: the form then shows its stored analysis. */
	@Override
	protected Callable<Runnable> reload() {
		String problemNo = problem.problemNo();
		return () -> {
			MeetingProblem stored = meetings.problem(problemNo, principal);
			return () -> {
				problem = stored;
				fill();
			};
		};
	}
}
