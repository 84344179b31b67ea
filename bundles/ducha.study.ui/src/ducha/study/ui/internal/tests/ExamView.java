package ducha.study.ui.internal.tests;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Text;

import ducha.app.ui.Background;
import ducha.app.ui.Forms;
import ducha.core.security.Principal;
import ducha.study.AttemptResult;
import ducha.study.ExamQuestion;
import ducha.study.ExamSession;
import ducha.study.Question;
import ducha.study.QuestionType;
import ducha.study.TestService;

/**
 * The exam mode of 我的检测: one question per page with radio buttons (single choice, true/false), check buttons
 * (multiple choice) or a text (short answer), a countdown of the server's deadline, the answers saved on every page
 * turn, and 交卷 with a confirmation; when the time is up the exam is handed in without asking. The server keeps the
 * time too: what comes after its deadline is refused there.
 */
final class ExamView {

	private final Background background;
	private final Supplier<TestService> tests;
	private final Principal principal;
	private final Runnable finished;

	private final Label title;
	private final Label countdown;
	private final Label progress;
	private final Label question;
	private final Composite answerArea;
	private final Button previous;
	private final Button next;
	private final Button submit;
	private final Label result;

	private ExamSession session;
	private int page;
	private final Map<Long, String> answers = new HashMap<>();
	/** Reads the current page's widgets into {@link #answers}. */
	private Runnable readPage = () -> {
	};
	private boolean handingIn;

	ExamView(Composite parent, Background background, Supplier<TestService> tests, Principal principal,
			Runnable finished) {
		this.background = background;
		this.tests = tests;
		this.principal = principal;
		this.finished = finished;
		Composite view = Forms.grid(parent, 1);
		title = Forms.named(new Label(view, SWT.WRAP), "exam.title");
		GridDataFactory.fillDefaults().grab(true, false).applyTo(title);
		title.setText(Messages.exam_none);
		countdown = Forms.named(new Label(view, SWT.NONE), "exam.countdown");
		GridDataFactory.fillDefaults().grab(true, false).applyTo(countdown);
		progress = Forms.named(new Label(view, SWT.NONE), "exam.progress");
		GridDataFactory.fillDefaults().grab(true, false).applyTo(progress);
		question = Forms.named(new Label(view, SWT.WRAP), "exam.question");
		GridDataFactory.fillDefaults().grab(true, false).hint(600, SWT.DEFAULT).applyTo(question);
		answerArea = Forms.grid(view, 1);
		Composite buttons = Forms.grid(view, 3);
		previous = Forms.button(buttons, "exam.previous", Messages.exam_previous);
		next = Forms.button(buttons, "exam.next", Messages.exam_next);
		submit = Forms.button(buttons, "exam.submit", Messages.exam_submit);
		previous.addListener(SWT.Selection, e -> turn(page - 1));
		next.addListener(SWT.Selection, e -> turn(page + 1));
		submit.addListener(SWT.Selection, e -> confirmAndHandIn());
		result = Forms.status(view, "exam.result", 1);
		enable(false);
	}

	/** Starts (or resumes) the exam of the test. */
	void start(long testId) {
		TestService service = tests.get();
		if (service == null) {
			return;
		}
		result.setText("");
		background.run(Messages.exam_job, () -> service.startExam(testId, principal), this::show,
				reason -> Forms.refused(result, reason));
	}

	private void show(ExamSession started) {
		if (title.isDisposed()) {
			return;
		}
		session = started;
		answers.clear();
		answers.putAll(started.saved());
		handingIn = false;
		title.setText(started.test().title());
		enable(true);
		page = -1;
		turn(0);
		tick();
	}

	private void enable(boolean running) {
		previous.setEnabled(running);
		next.setEnabled(running);
		submit.setEnabled(running);
	}

	/** Keeps this page's answer, saves what was given so far, and shows the page. */
	private void turn(int to) {
		if (session == null || to < 0 || to >= session.questions().size()) {
			return;
		}
		if (page >= 0) {
			readPage.run();
			save();
		}
		page = to;
		ExamQuestion q = session.questions().get(page);
		progress.setText(NLS.bind(Messages.exam_progress,
				new Object[] { q.number(), session.questions().size(), q.type().label(), q.points() }));
		question.setText(q.number() + ". " + q.text());
		for (Control old : answerArea.getChildren()) {
			old.dispose();
		}
		readPage = answerWidgets(q);
		previous.setEnabled(page > 0);
		next.setEnabled(page < session.questions().size() - 1);
		answerArea.getParent().layout(true, true);
	}

	/** The widgets of the question's answer, showing what was given; returns how they are read back. */
	private Runnable answerWidgets(ExamQuestion q) {
		String given = answers.get(q.questionId());
		if (q.type() == QuestionType.SHORT_ANSWER) {
			Text text = Forms.area(answerArea, "exam.answer", 8);
			text.setText(given == null ? "" : given);
			return () -> answers.put(q.questionId(), text.getText());
		}
		List<String> choices = q.type() == QuestionType.TRUE_FALSE ? List.of(Messages.exam_true, Messages.exam_false)
				: q.options();
		int style = q.type() == QuestionType.MULTIPLE_CHOICE ? SWT.CHECK : SWT.RADIO;
		List<Button> buttons = new ArrayList<>();
		for (int i = 0; i < choices.size(); i++) {
			String value = value(q, i);
			Button b = Forms.named(new Button(answerArea, style), "exam.choice." + value);
			b.setText(q.type() == QuestionType.TRUE_FALSE ? choices.get(i) : value + ". " + choices.get(i));
			b.setSelection(given != null && (q.type() == QuestionType.TRUE_FALSE ? given.equals(value)
					: given.contains(value)));
			buttons.add(b);
		}
		return () -> {
			StringBuilder chosen = new StringBuilder();
			for (int i = 0; i < buttons.size(); i++) {
				if (buttons.get(i).getSelection()) {
					chosen.append(value(q, i));
				}
			}
			answers.put(q.questionId(), chosen.toString());
		};
	}

	/** What choosing the i-th button answers: the option's letter, or 对/错 (the answer format of the service). */
	private static String value(ExamQuestion q, int i) {
		if (q.type() == QuestionType.TRUE_FALSE) {
			return i == 0 ? "对" : "错";
		}
		return Question.letter(i);
	}

	private void save() {
		TestService service = tests.get();
		long attempt = session.attempt().id();
		Map<Long, String> snapshot = Map.copyOf(answers);
		if (service != null) {
			background.run(Messages.exam_job, () -> {
				service.saveAnswers(attempt, snapshot, principal);
				return null;
			}, ignored -> {
			}, reason -> Forms.report(result, NLS.bind(Messages.exam_saveFailed, reason), true));
		}
	}

	/** Shows the time left each second; hands in without asking when it ran out. */
	private void tick() {
		if (countdown.isDisposed() || session == null || handingIn) {
			return;
		}
		Duration left = Duration.between(Instant.now(), session.attempt().deadline());
		if (left.isNegative() || left.isZero()) {
			countdown.setText(Messages.exam_timeUp);
			handIn();
			return;
		}
		countdown.setText(NLS.bind(Messages.exam_countdown,
				String.format("%02d:%02d", left.toMinutes(), left.toSecondsPart())));
		countdown.getDisplay().timerExec(1000, this::tick);
	}

	private void confirmAndHandIn() {
		readPage.run();
		long answered = session.questions().stream()
				.filter(q -> answers.get(q.questionId()) != null && !answers.get(q.questionId()).isBlank()).count();
		if (MessageDialog.openConfirm(submit.getShell(), Messages.exam_confirmTitle,
				NLS.bind(Messages.exam_confirm, answered, session.questions().size()))) {
			handIn();
		}
	}

	private void handIn() {
		TestService service = tests.get();
		if (service == null || session == null || handingIn) {
			return;
		}
		handingIn = true;
		readPage.run();
		enable(false);
		long attempt = session.attempt().id();
		int total = session.test().totalPoints();
		int passMark = session.test().passMark();
		Map<Long, String> snapshot = Map.copyOf(answers);
		background.run(Messages.exam_job, () -> service.submit(attempt, snapshot, principal),
				graded -> showResult(graded, total, passMark), reason -> {
					Forms.refused(result, reason);
					finished.run();
				});
	}

	private void showResult(AttemptResult graded, int total, int passMark) {
		if (result.isDisposed()) {
			return;
		}
		session = null;
		for (Control old : answerArea.getChildren()) {
			old.dispose();
		}
		question.setText("");
		progress.setText("");
		countdown.setText("");
		Integer score = graded.attempt().score();
		String text = score == null ? NLS.bind(Messages.exam_pending, graded.objectivePoints(), graded.pendingQuestions())
				: NLS.bind(Messages.exam_result, new Object[] { score, total,
						graded.passed() ? Messages.exam_passed : NLS.bind(Messages.exam_failed, passMark) });
		Forms.report(result, text, score != null && !graded.passed());
		result.getParent().layout(true, true);
		finished.run();
	}
}
