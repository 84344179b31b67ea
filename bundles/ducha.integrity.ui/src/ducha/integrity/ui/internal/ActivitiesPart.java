package ducha.integrity.ui.internal;

import org.eclipse.e4.ui.di.Focus;
import org.eclipse.e4.ui.di.UISynchronize;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.swt.widgets.Composite;

import ducha.core.ledger.LedgerService;
import ducha.core.security.Principal;
import jakarta.annotation.PostConstruct;
import jakarta.inject.Inject;

/** 廉政教育活动 (integrity.activities) with their participants. */
public class ActivitiesPart {

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
		view = new LedgerView(parent, ledgers, "integrity.activities", principal, sync, 90, 260, 90, 100, 300, 260);
	}

	@Focus
	void focus() {
		view.table().setFocus();
	}
}
