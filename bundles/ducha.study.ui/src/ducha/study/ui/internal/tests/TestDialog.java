package ducha.study.ui.internal.tests;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;

import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import ducha.app.ui.DateField;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Text;

import ducha.app.ui.FormDialog;
import ducha.app.ui.Forms;
import ducha.core.ValidationException;
import ducha.core.period.Period;
import ducha.study.MakeupRule;
import ducha.study.PaperSpec;
import ducha.study.StudyTest;
import ducha.study.TestMode;
import ducha.study.TestService;

/**
 * 新建检测: code, title, quarter, date, pass mark, mode, time limit, seed and paper spec; the make-up rule is the
 * office's setting unless chosen. The service draws the paper and refuses a spec the bank cannot fill.
 */
final class TestDialog extends FormDialog<StudyTest> {

	private final TestsPart.TestsContext context;
	private final TestService tests;

	private Text code;
	private Text title;
	private DateField held;
	private DateField until;
	private Text passMark;
	private Text total;
	private Combo mode;
	private Text limit;
	private Text seed;
	private Text spec;
	private Combo rule;

	TestDialog(Shell parent, TestsPart.TestsContext context, TestService tests) {
		super(parent, context.background, Messages.create_title);
		this.context = context;
		this.tests = tests;
	}

	@Override
	protected void fields(Composite form) {
		LocalDate today = LocalDate.now();
		code = Forms.text(form, Messages.create_code, "test.code");
		title = Forms.text(form, Messages.create_titleField, "test.title");
		held = Forms.date(form, Messages.create_held, "test.held", today);
		until = Forms.date(form, Messages.create_until, "test.until", today);
		passMark = Forms.text(form, Messages.create_pass, "test.pass");
		passMark.setText("60");
		total = Forms.text(form, Messages.create_total, "test.total");
		mode = Forms.choice(form, Messages.create_mode, "test.mode",
				List.of(TestMode.values()).stream().map(TestMode::label).toArray(String[]::new));
		limit = Forms.text(form, Messages.create_limit, "test.limit");
		limit.setText("60");
		seed = Forms.text(form, Messages.create_seed, "test.seed");
		seed.setText(String.valueOf(today.toEpochDay()));
		spec = Forms.area(form, Messages.create_spec, "test.spec", 3);
		spec.setMessage(Messages.create_specHint);
		List<String> rules = new ArrayList<>(List.of(Messages.create_ruleSetting));
		List.of(MakeupRule.values()).forEach(r -> rules.add(r.label()));
		rule = Forms.choice(form, Messages.create_rule, "test.rule", rules.toArray(String[]::new));
	}

	@Override
	protected List<String> problems() {
		List<String> problems = new ArrayList<>();
		if (Forms.optional(code) == null) {
			problems.add(Messages.create_code);
		}
		for (Text number : List.of(passMark, seed)) {
			if (!number.getText().strip().matches("-?\\d{1,18}")) {
				problems.add(NLS.bind(Messages.create_number, number == seed ? Messages.create_seed
						: Messages.create_pass));
			}
		}
		for (Text number : List.of(total, limit)) {
			if (!number.getText().isBlank() && !number.getText().strip().matches("\\d{1,4}")) {
				problems.add(NLS.bind(Messages.create_number, number == total ? Messages.create_total
						: Messages.create_limit));
			}
		}
		try {
			PaperSpec.parse(spec.getText());
		} catch (ValidationException e) {
			problems.addAll(e.problems());
		}
		return problems;
	}

	@Override
	protected Callable<StudyTest> save() {
		LocalDate day = Forms.day(held);
		Period quarter = Period.quarterOf(day);
		int q = (quarter.from().getMonthValue() - 1) / 3 + 1;
		TestMode chosenMode = TestMode.values()[mode.getSelectionIndex()];
		MakeupRule chosenRule = rule.getSelectionIndex() == 0 ? null : MakeupRule.values()[rule.getSelectionIndex() - 1];
		StudyTest test = new StudyTest(0, code.getText().strip(),
				Forms.optional(title) == null ? code.getText().strip() : Forms.optional(title), day.getYear(), q, day,
				Forms.day(until), Integer.parseInt(passMark.getText().strip()), number(total), chosenMode,
				number(limit), Long.parseLong(seed.getText().strip()), PaperSpec.parse(spec.getText()), chosenRule);
		return () -> tests.create(test, context.principal);
	}

	private static int number(Text text) {
		return text.getText().isBlank() ? 0 : Integer.parseInt(text.getText().strip());
	}
}
