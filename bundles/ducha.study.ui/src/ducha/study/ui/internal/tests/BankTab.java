package ducha.study.ui.internal.tests;

import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;

import ducha.app.ui.Forms;
import ducha.app.ui.ListTable;
import ducha.study.Question;
import ducha.study.QuestionBank;

/** 题库: every question with its key; a new one through a form, one taken out of use (停用). */
final class BankTab {

	private final TestsPart.TestsContext context;
	private final Label status;
	private final ListTable<Question> list;

	BankTab(Composite page, TestsPart.TestsContext context) {
		this.context = context;
		Composite bar = Forms.bar(page, 4);
		status = Forms.summary(bar, "bank.status");
		Forms.button(bar, "bank.add", Messages.bank_add).addListener(SWT.Selection, e -> add());
		Forms.button(bar, "bank.retire", Messages.bank_retire).addListener(SWT.Selection, e -> retire());
		Forms.button(bar, "bank.refresh", Messages.refresh).addListener(SWT.Selection, e -> load());
		list = new ListTable<>(page, "bank.table", false, Question.class,
				new ListTable.Column<>(Messages.question_code, 70, Question::code),
				new ListTable.Column<>(Messages.colTopic, 160, Question::topic),
				new ListTable.Column<>(Messages.colType, 60, q -> q.type().label()),
				new ListTable.Column<>(Messages.colQuestion, 360, Question::text),
				new ListTable.Column<>(Messages.colKey, 80, Question::answer),
				new ListTable.Column<>(Messages.colPoints, 50, q -> String.valueOf(q.points())),
				new ListTable.Column<>(Messages.colRetired, 50, q -> q.retired() ? Messages.bank_out : Messages.bank_inUse));
		GridDataFactory.fillDefaults().grab(true, true).applyTo(list.control());
	}

	void load() {
		QuestionBank bank = context.bank.get();
		if (bank == null) {
			status.setText(Messages.noService);
			return;
		}
		context.background.run(Messages.bank_tab, () -> bank.questions(null, true, context.principal), all -> {
			if (!status.isDisposed()) {
				list.show(all, null);
				status.setText(NLS.bind(Messages.bank_summary, all.size(), all.stream().filter(q -> !q.retired()).count()));
			}
		}, context.refusal(status));
	}

	private void add() {
		QuestionBank bank = context.bank.get();
		if (bank != null && new QuestionDialog(status.getShell(), context, bank).open() == 0) {
			load();
		}
	}

	private void retire() {
		Question chosen = list.selected();
		QuestionBank bank = context.bank.get();
		if (chosen == null || bank == null) {
			return;
		}
		context.background.run(Messages.bank_retire, () -> {
			bank.retire(chosen.code(), context.principal);
			return chosen.code();
		}, code -> {
			Forms.report(status, NLS.bind(Messages.bank_retired, code), false);
			load();
		}, context.refusal(status));
	}
}
