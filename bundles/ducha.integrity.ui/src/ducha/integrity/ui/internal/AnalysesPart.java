package ducha.integrity.ui.internal;

import org.eclipse.e4.ui.di.Focus;
import org.eclipse.e4.ui.di.UISynchronize;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.swt.widgets.Composite;

import ducha.core.ledger.LedgerService;
import ducha.core.security.Principal;
import jakarta.annotation.PostConstruct;
import jakarta.inject.Inject;

/** 思想动态分析 (integrity.analyses): per department and quarter. */
public class AnalysesPart {

	@Inject
	private LedgerService ledgers;

	@Inject
	private Principal principal;

	@Inject
	private UISynchronize sync;

	private LedgerView view;

	@PostConstruct
	void create(Composite parent) {
		GridLayoutFactory.swtDefaults().applyTo(parent);
		view = new LedgerView(parent, ledgers, "integrity.analyses", principal, sync, 140, 60, 50, 100, 380, 300);
	}

	@Focus
	void focus() {
		view.table().setFocus();
	}
}
