package ducha.study.ui.internal.tests;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.Callable;

import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Text;

import ducha.app.ui.FormDialog;
import ducha.app.ui.Forms;
import ducha.study.Question;
import ducha.study.QuestionBank;
import ducha.study.QuestionType;

/** 新增试题: a question of the bank; the bank checks the key against the options. */
final class QuestionDialog extends FormDialog<Question> {

	private final TestsPart.TestsContext context;
	private final QuestionBank bank;

	private Text code;
	private Text topic;
	private Combo type;
	private Text text;
	private Text options;
	private Text answer;
	private Text points;

	QuestionDialog(Shell parent, TestsPart.TestsContext context, QuestionBank bank) {
		super(parent, context.background, Messages.question_title);
		this.context = context;
		this.bank = bank;
	}

	@Override
	protected void fields(Composite form) {
		code = Forms.text(form, Messages.question_code, "question.code");
		topic = Forms.text(form, Messages.question_topic, "question.topic");
		type = Forms.choice(form, Messages.question_type, "question.type",
				Arrays.stream(QuestionType.values()).map(QuestionType::label).toArray(String[]::new));
		text = Forms.area(form, Messages.question_text, "question.text", 3);
		options = Forms.area(form, Messages.question_options, "question.options", 4);
		answer = Forms.text(form, Messages.question_answer, "question.answer");
		points = Forms.text(form, Messages.question_points, "question.points");
		points.setText("5");
	}

	@Override
	protected List<String> problems() {
		List<String> problems = new ArrayList<>();
		for (Text required : List.of(code, topic, text, answer)) {
			if (Forms.optional(required) == null) {
				problems.add(required == code ? Messages.question_code : required == topic ? Messages.question_topic
						: required == text ? Messages.question_text : Messages.question_answer);
			}
		}
		if (!points.getText().strip().matches("\\d{1,3}")) {
			problems.add(NLS.bind(Messages.create_number, Messages.question_points));
		}
		return problems;
	}

	@Override
	protected Callable<Question> save() {
		List<String> lines = Arrays.stream(options.getText().split("\\R")).map(String::strip)
				.filter(s -> !s.isEmpty()).toList();
		Question q = new Question(0, code.getText().strip(), topic.getText().strip(),
				QuestionType.values()[type.getSelectionIndex()], text.getText().strip(), lines,
				answer.getText().strip(), Integer.parseInt(points.getText().strip()), false);
		return () -> bank.save(q, context.principal);
	}
}
