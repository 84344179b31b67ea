package ducha.cases.ui.internal;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Text;

import ducha.cases.MarkKind;

/** 标记 / 取消标记: the case, the kind and the reason, which the history keeps for both. */
final class MarkDialog extends FormDialog {

	/** What the user entered. */
	record Entered(String caseNo, MarkKind kind, String reason) {
	}

	private final List<MarkKind> kinds;
	private Text caseNo;
	private Combo kind;
	private Text reason;
	private Entered entered;

	MarkDialog(Shell parent, String title, List<MarkKind> kinds) {
		super(parent, title);
		this.kinds = kinds;
	}

	@Override
	void fields(Composite form) {
		Forms.label(form, Messages.Cases_colNo);
		caseNo = Forms.text(form, "mark.case");
		caseNo.setMessage(Messages.Order_caseHint);
		Forms.label(form, Messages.Mark_colKinds);
		kind = Forms.combo(form, "mark.kind", kinds.stream().map(MarkKind::label).toArray(String[]::new));
		Forms.label(form, Messages.Order_reason);
		reason = Forms.area(form, "mark.reason", 3);
	}

	@Override
	List<String> collect() {
		List<String> missing = new ArrayList<>();
		if (caseNo.getText().isBlank()) {
			missing.add(Messages.Order_caseMissing);
		}
		if (reason.getText().isBlank()) {
			missing.add(Messages.Order_reasonMissing);
		}
		entered = new Entered(caseNo.getText().strip(), kinds.get(kind.getSelectionIndex()), reason.getText().strip());
		return missing;
	}

	Entered entered() {
		return entered;
	}
}
