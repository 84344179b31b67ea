package ducha.study.ui.internal.tests;

import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Text;

import ducha.app.ui.Forms;
import ducha.app.ui.ListTable;
import ducha.study.AnswerToMark;
import ducha.study.TestService;

/** 阅卷: the short answers waiting for a marker, the reference answer beside the candidate's, and the points. */
final class MarkingTab {

	private final TestsPart.TestsContext context;
	private final Label status;
	private final ListTable<AnswerToMark> list;
	private final Text reference;
	private final Text answer;
	private final Text points;

	MarkingTab(Composite page, TestsPart.TestsContext context) {
		this.context = context;
		Composite bar = Forms.bar(page, 2);
		status = Forms.summary(bar, "marking.status");
		Forms.button(bar, "marking.refresh", Messages.refresh).addListener(SWT.Selection, e -> load());
		Composite[] halves = Forms.listAndForm(TestsPart.body(page));
		list = new ListTable<>(halves[0], "marking.table", false, AnswerToMark.class,
				new ListTable.Column<>(Messages.colCode, 70, AnswerToMark::testCode),
				new ListTable.Column<>(Messages.colStaffNo, 70, AnswerToMark::staffNo),
				new ListTable.Column<>(Messages.colName, 80, AnswerToMark::name),
				new ListTable.Column<>(Messages.colQuestion, 260, AnswerToMark::question),
				new ListTable.Column<>(Messages.colPoints, 50, a -> String.valueOf(a.maxPoints())));
		GridDataFactory.fillDefaults().grab(true, true).applyTo(list.control());
		reference = Forms.area(halves[1], Messages.marking_reference, "marking.reference", 4);
		reference.setEditable(false);
		answer = Forms.area(halves[1], Messages.marking_answer, "marking.answer", 6);
		answer.setEditable(false);
		points = Forms.text(halves[1], Messages.marking_points, "marking.points");
		Forms.action(halves[1], "marking.mark", Messages.marking_mark).addListener(SWT.Selection, e -> mark());
		list.onSelect(a -> {
			reference.setText(a == null ? "" : a.reference());
			answer.setText(a == null ? "" : a.answer());
			points.setText("");
		});
	}

	void load() {
		TestService service = context.tests.get();
		if (service == null) {
			status.setText(Messages.noService);
			return;
		}
		context.background.run(Messages.marking_tab, () -> service.toMark(context.principal), waiting -> {
			if (!status.isDisposed()) {
				list.show(waiting, null);
				status.setText(NLS.bind(Messages.marking_summary, waiting.size()));
			}
		}, context.refusal(status));
	}

	private void mark() {
		AnswerToMark chosen = list.selected();
		TestService service = context.tests.get();
		if (chosen == null || service == null) {
			return;
		}
		if (!points.getText().strip().matches("\\d{1,3}")) {
			Forms.report(status, NLS.bind(Messages.create_number, Messages.marking_points), true);
			return;
		}
		int given = Integer.parseInt(points.getText().strip());
		context.background.run(Messages.marking_mark, () -> {
			service.mark(chosen.attemptId(), chosen.questionId(), given, context.principal);
			return given;
		}, done -> {
			Forms.report(status, Messages.marking_marked, false);
			load();
		}, context.refusal(status));
	}
}
