package ducha.integrity.ui.internal;

import org.eclipse.e4.ui.di.Focus;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.SashForm;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Group;

import ducha.app.ui.Background;
import ducha.app.ui.LedgerView;
import ducha.app.ui.Refreshable;
import ducha.core.ledger.LedgerService;
import ducha.core.security.Principal;
import jakarta.annotation.PostConstruct;
import jakarta.inject.Inject;

/** 清风书吧: the reading corner's catalogue (integrity.books) above the recommendations (integrity.recommendations). */
public class ReadingCornerPart implements Refreshable {

	@Inject
	private LedgerService ledgers;

	@Inject
	private Principal principal;

	@Inject
	private Background background;

	private LedgerView books;
	private LedgerView recommendations;

	@PostConstruct
	void create(Composite parent) {
		GridLayoutFactory.swtDefaults().applyTo(parent);
		SashForm sash = new SashForm(parent, SWT.VERTICAL);
		GridDataFactory.fillDefaults().grab(true, true).applyTo(sash);
		books = new LedgerView(group(sash, Messages.Reading_books), ledgers, "integrity.books", principal, background, 80,
				260, 140, 160, 100, 100, 100);
		recommendations = new LedgerView(group(sash, Messages.Reading_recommendations), ledgers, "integrity.recommendations", principal,
				background, 100, 220, 100, 120, 120, 400);
		sash.setWeights(60, 40);
	}

	private static Composite group(Composite parent, String title) {
		Group group = new Group(parent, SWT.NONE);
		group.setText(title);
		GridLayoutFactory.swtDefaults().applyTo(group);
		return group;
	}

	/** F5: both ledgers again, as their 重新载入 does. */
	@Override
	public void refresh() {
		books.load();
		recommendations.load();
	}

	@Focus
	void focus() {
		books.table().setFocus();
	}
}
