package ducha.study.ui.internal.tests;

import java.time.LocalDate;
import java.util.List;

import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import ducha.app.ui.DateField;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Text;

import ducha.app.ui.Forms;
import ducha.app.ui.ListTable;
import ducha.study.StudyTest;
import ducha.study.TestResult;
import ducha.study.TestService;

/** The make-up list of a test (below the pass mark or absent, no make-up yet) and the form to record one. */
final class MakeupsTab {

	private final TestsPart.TestsContext context;
	private final Label status;
	private final Combo test;
	private final ListTable<TestResult> list;
	private final Text score;
	private final DateField date;
	private List<StudyTest> tests = List.of();

	MakeupsTab(Composite page, TestsPart.TestsContext context) {
		this.context = context;
		Composite bar = Forms.bar(page, 3);
		status = Forms.summary(bar, "makeups.status");
		test = Forms.combo(bar, "makeups.test");
		GridDataFactory.swtDefaults().hint(320, SWT.DEFAULT).applyTo(test);
		test.addListener(SWT.Selection, e -> showList());
		Forms.button(bar, "makeups.refresh", Messages.refresh).addListener(SWT.Selection, e -> load());
		Composite[] halves = Forms.listAndForm(TestsPart.body(page));
		list = new ListTable<>(halves[0], "makeups.table", false, TestResult.class, ResultColumns.all(context));
		GridDataFactory.fillDefaults().grab(true, true).applyTo(list.control());
		score = Forms.text(halves[1], Messages.makeups_score, "makeups.score");
		date = Forms.date(halves[1], Messages.makeups_date, "makeups.date", LocalDate.now());
		Forms.action(halves[1], "makeups.record", Messages.makeups_record).addListener(SWT.Selection, e -> record());
	}

	void load() {
		TestService service = context.tests.get();
		if (service == null) {
			status.setText(Messages.noService);
			return;
		}
		context.background.run(Messages.makeups_tab, () -> service.tests(context.principal), all -> {
			if (test.isDisposed()) {
				return;
			}
			String kept = test.getText();
			tests = all;
			test.setItems(all.stream().map(t -> t.code() + " " + t.title()).toArray(String[]::new));
			int index = all.stream().map(t -> t.code() + " " + t.title()).toList().indexOf(kept);
			test.select(index >= 0 ? index : latestHeld(all));
			showList();
		}, context.refusal(status));
	}

	/** The latest test that is over (held, and no longer open for the exam): the one make-ups are about. */
	private static int latestHeld(List<StudyTest> all) {
		LocalDate today = LocalDate.now();
		for (int i = 0; i < all.size(); i++) {
			StudyTest t = all.get(i);
			if (!t.heldOn().isAfter(today) && !t.openOn(today)) {
				return i;
			}
		}
		return 0;
	}

	private StudyTest chosen() {
		int index = test.getSelectionIndex();
		return index < 0 || index >= tests.size() ? null : tests.get(index);
	}

	private void showList() {
		StudyTest chosen = chosen();
		TestService service = context.tests.get();
		if (chosen == null || service == null) {
			return;
		}
		context.background.run(Messages.makeups_tab, () -> {
			context.readNames();
			return service.makeupList(chosen.code(), context.principal);
		}, due -> {
			if (!status.isDisposed()) {
				list.show(due, null);
				status.setText(NLS.bind(Messages.makeups_summary, chosen.code(), due.size()));
			}
		}, context.refusal(status));
	}

	private void record() {
		StudyTest chosen = chosen();
		TestResult person = list.selected();
		TestService service = context.tests.get();
		if (chosen == null || person == null || service == null) {
			return;
		}
		if (!score.getText().strip().matches("\\d{1,4}")) {
			Forms.report(status, NLS.bind(Messages.create_number, Messages.makeups_score), true);
			return;
		}
		if (!Forms.readable(date)) {
			return;
		}
		int points = Integer.parseInt(score.getText().strip());
		LocalDate day = Forms.day(date);
		context.background.run(Messages.makeups_record, () -> {
			service.recordMakeup(chosen.code(), person.staffNo(), points, day, context.principal);
			return person.name();
		}, name -> {
			Forms.report(status, NLS.bind(Messages.makeups_recorded, name), false);
			score.setText("");
			showList();
		}, context.refusal(status));
	}
}
