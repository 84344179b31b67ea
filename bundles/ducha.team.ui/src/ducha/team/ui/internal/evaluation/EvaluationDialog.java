package ducha.team.ui.internal.evaluation;

import java.util.List;
import java.util.concurrent.Callable;

import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Text;

import ducha.app.ui.Background;
import ducha.app.ui.FormDialog;
import ducha.app.ui.Forms;
import ducha.core.period.Period;
import ducha.core.period.PeriodKind;
import ducha.core.security.Principal;
import ducha.team.Evaluation;
import ducha.team.EvaluationService;
import ducha.team.Grade;
import ducha.team.PerformanceArchive;

/**
 * 评价: one supervisor's remarks for the chosen quarter (季度通报), a half-year (半年小结) or the year (年度总评, with the
 * grade). Shows what is already recorded for the period chosen, so that saving replaces it knowingly.
 */
final class EvaluationDialog extends FormDialog<Evaluation> {

	private final EvaluationService evaluations;
	private final Principal principal;
	private final PerformanceArchive supervisor;
	private final List<Period> periods;

	private Combo period;
	private Combo grade;
	private Text remarks;

	/** @param quarter the quarter chosen in the view, offered first */
	EvaluationDialog(Shell parent, Background background, EvaluationService evaluations, Principal principal,
			PerformanceArchive supervisor, Period quarter) {
		super(parent, background, Messages.evaluateTitle, supervisor.name() + "（" + supervisor.departmentName() + "）",
				Messages.evaluateMessage);
		this.evaluations = evaluations;
		this.principal = principal;
		this.supervisor = supervisor;
		int year = supervisor.year();
		periods = List.of(quarter, Period.halfYear(year, quarter.from().getMonthValue() <= 6 ? 1 : 2), Period.year(year));
	}

	@Override
	protected void fields(Composite form) {
		period = Forms.choice(form, Messages.fieldPeriod, "evaluate.period",
				periods.stream().map(Period::label).toArray(String[]::new));
		grade = Forms.choice(form, Messages.fieldGrade, "evaluate.grade", gradeLabels());
		remarks = Forms.area(form, Messages.fieldRemarks, "evaluate.remarks", 4);
		period.addListener(SWT.Selection, e -> showStored());
		showStored();
	}

	private static String[] gradeLabels() {
		String[] labels = new String[Grade.values().length + 1];
		labels[0] = "";
		for (Grade g : Grade.values()) {
			labels[g.ordinal() + 1] = g.label();
		}
		return labels;
	}

	/** The grade and remarks already recorded for the chosen period, if any; the grade only for the year. */
	private void showStored() {
		Period chosen = chosenPeriod();
		Evaluation stored = supervisor.evaluations().stream().filter(e -> e.period().equals(chosen)).findFirst()
				.orElse(null);
		remarks.setText(stored == null ? "" : stored.remarks());
		grade.select(stored == null || stored.grade() == null ? 0 : stored.grade().ordinal() + 1);
		grade.setEnabled(chosen.kind() == PeriodKind.YEAR);
	}

	private Period chosenPeriod() {
		return periods.get(Math.max(0, period.getSelectionIndex()));
	}

	@Override
	protected List<String> problems() {
		boolean annual = chosenPeriod().kind() == PeriodKind.YEAR;
		if (annual && grade.getSelectionIndex() <= 0) {
			return List.of(Messages.gradeMissing);
		}
		if (!annual && remarks.getText().isBlank()) {
			return List.of(Messages.remarksMissing);
		}
		return List.of();
	}

	@Override
	protected Callable<Evaluation> save() {
		Period chosen = chosenPeriod();
		Grade g = chosen.kind() == PeriodKind.YEAR ? Grade.parse(grade.getText())
				: null;
		Evaluation evaluation = Evaluation.of(supervisor.staffNo(), chosen, g, remarks.getText());
		return () -> evaluations.record(evaluation, principal);
	}
}
