package ducha.app.ui;

import org.eclipse.e4.ui.di.Focus;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.swt.widgets.Composite;

import ducha.core.ledger.LedgerService;
import ducha.core.security.Principal;
import jakarta.annotation.PostConstruct;
import jakarta.inject.Inject;

/** A view of one list kept as a ledger: a plugin names the ledger kind and the column widths, the kit does the rest. */
public abstract class LedgerPart implements Refreshable {

	@Inject
	private LedgerService ledgers;

	@Inject
	private Principal principal;

	@Inject
	private Background background;

	private LedgerView view;

	/** The ledger kind shown, e.g. {@code integrity.rules}. */
	protected abstract String kindId();

	/** Column widths in pixels, in ledger column order (missing ones get 120). */
	protected abstract int[] widths();

	@PostConstruct
	void create(Composite parent) {
		GridLayoutFactory.swtDefaults().applyTo(parent);
		view = new LedgerView(parent, ledgers, kindId(), principal, background, widths());
	}

	/** F5: what the ledger's 重新载入 does. */
	@Override
	public void refresh() {
		view.load();
	}

	@Focus
	void focus() {
		view.table().setFocus();
	}
}
