package ducha.study.ui.internal.tests;

import java.util.List;
import java.util.concurrent.atomic.AtomicReference;

import org.eclipse.e4.core.di.annotations.Optional;
import org.eclipse.e4.ui.di.Focus;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.SashForm;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;

import ducha.app.ui.Background;
import ducha.app.ui.Forms;
import ducha.app.ui.ListTable;
import ducha.app.ui.Refreshable;
import ducha.core.security.Principal;
import ducha.study.MyTest;
import ducha.study.TestService;
import jakarta.annotation.PostConstruct;
import jakarta.inject.Inject;

/**
 * 我的检测: the staff member's own tests with their results, and the exam mode for the one open today. Everyone
 * logged in sees this view; it shows only the user's own tests and scores.
 */
public class MyTestsPart implements Refreshable {

	@Inject
	private Principal principal;

	@Inject
	private Background background;

	private final AtomicReference<TestService> tests = new AtomicReference<>();
	private Label summary;
	private ListTable<MyTest> table;
	private Button start;
	private ExamView exam;

	/** The service, injected again when it comes or goes: the list is read once it is there. */
	@Inject
	void serviceChanged(@Optional TestService service) {
		tests.set(service);
		if (service != null && summary != null && !summary.isDisposed()) {
			load();
		}
	}

	@PostConstruct
	void create(Composite parent) {
		Composite bar = Forms.bar(parent, 3);
		summary = Forms.summary(bar, "mytests.summary");
		start = Forms.button(bar, "mytests.start", Messages.my_start);
		start.addListener(SWT.Selection, e -> {
			MyTest selected = table.selected();
			if (selected != null && selected.canStart()) {
				start.setEnabled(false);
				exam.start(selected.test().id());
			}
		});
		Forms.button(bar, "mytests.refresh", Messages.refresh).addListener(SWT.Selection, e -> load());
		SashForm sash = new SashForm(parent, SWT.VERTICAL);
		GridDataFactory.fillDefaults().grab(true, true).applyTo(sash);
		table = new ListTable<>(sash, "mytests.table", false, MyTest.class,
				new ListTable.Column<>(Messages.colCode, 80, t -> t.test().code()),
				new ListTable.Column<>(Messages.colTitle, 280, t -> t.test().title()),
				new ListTable.Column<>(Messages.colHeld, 100, t -> t.test().heldOn().toString()),
				new ListTable.Column<>(Messages.colMode, 80, t -> t.test().mode().label()),
				new ListTable.Column<>(Messages.colStatus, 130, MyTestsPart::status),
				new ListTable.Column<>(Messages.colScore, 70, t -> Results.score(t.result())),
				new ListTable.Column<>(Messages.colMakeup, 70, t -> Results.number(t.result().makeupScore())),
				new ListTable.Column<>(Messages.colFinal, 70, t -> Results.number(t.result().finalScore())),
				new ListTable.Column<>(Messages.colPassed, 60, t -> Results.passed(t.result())));
		table.onSelect(t -> start.setEnabled(t != null && t.canStart()));
		table.openWith(start);
		table.actions(start);
		exam = new ExamView(sash, background, tests::get, principal, this::load);
		sash.setWeights(35, 65);
		start.setEnabled(false);
		load();
	}

	private static String status(MyTest t) {
		if (t.openAttempt() != null) {
			return Messages.my_statusRunning;
		}
		if (t.canStart()) {
			return NLS.bind(Messages.my_statusOpen, t.test().openUntil());
		}
		return t.result().score() != null || t.result().pendingMarking() ? Messages.my_statusDone
				: Messages.my_statusClosed;
	}

	void load() {
		TestService service = tests.get();
		if (service == null) {
			summary.setText(Messages.noService);
			return;
		}
		summary.setText(Messages.loading);
		background.run(Messages.exam_job, () -> service.myTests(principal), this::show,
				reason -> Forms.refused(summary, reason));
	}

	private void show(List<MyTest> mine) {
		if (summary.isDisposed()) {
			return;
		}
		table.show(mine, MyTest::canStart);
		long open = mine.stream().filter(MyTest::canStart).count();
		summary.setText(NLS.bind(Messages.my_summary, mine.size(), open));
		MyTest selected = table.selected();
		start.setEnabled(selected != null && selected.canStart());
		start.setText(selected != null && selected.openAttempt() != null ? Messages.my_continue : Messages.my_start);
		start.getParent().layout(true);
	}

	@Focus
	void focus() {
		table.control().setFocus();
	}

	/** F5: what 刷新 does. */
	@Override
	public void refresh() {
		load();
	}
}
