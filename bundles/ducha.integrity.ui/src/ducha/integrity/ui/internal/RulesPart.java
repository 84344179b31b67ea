package ducha.integrity.ui.internal;

import org.eclipse.e4.ui.di.Focus;
import org.eclipse.e4.ui.di.UISynchronize;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.swt.widgets.Composite;

import ducha.core.ledger.LedgerService;
import ducha.core.security.Principal;
import jakarta.annotation.PostConstruct;
import jakarta.inject.Inject;

/** 规章制度 (integrity.rules), with add and edit. */
public class RulesPart {

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
		view = new LedgerView(parent, ledgers, "integrity.rules", principal, sync, 70, 300, 110, 100, 110, 100, 80,
				300);
	}

	@Focus
	void focus() {
		view.table().setFocus();
	}
}
