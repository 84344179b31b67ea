package ducha.petitions.ui.internal;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.function.Function;

import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Text;

import ducha.app.ui.AccountListChooser;
import ducha.app.ui.Forms;
import ducha.app.ui.PeopleNames;
import ducha.app.ui.Rights;
import ducha.core.directory.Staff;
import ducha.core.security.Principal;
import ducha.core.security.UserAccount;
import ducha.petitions.Conclusion;
import ducha.petitions.Disposition;
import ducha.petitions.Petition;
import ducha.petitions.PetitionPermissions;
import ducha.petitions.PetitionService;
import ducha.petitions.PetitionState;
import ducha.petitions.Reporter;

/**
 * One petition with its workflow actions. Buttons are enabled by the state; the service decides who may act and
 * the part shows its refusal. The reporter is shown only after an explicit, reasoned request.
 */
final class DetailPane {

	/** What the pane asks the part to run: a service call whose result replaces the shown petition. */
	interface Actions {
		void update(String what, Function<PetitionService, Petition> call);

		void reveal(String number, String reason);
	}

	private final Composite control;
	private final Label facts;
	private final AccountListChooser handlers;
	private final Combo conclusion;
	private final Combo disposition;
	private final Text remarks;
	private final Text reason;
	private final Label reporter;
	private final Button assign;
	private final Button verify;
	private final Button conclude;
	private final Button dispose;
	private final Button close;
	private final Button reveal;
	private final Principal principal;
	private final PeopleNames names;
	private final Rights rights;
	private Petition shown;

	DetailPane(Composite parent, Rights rights, PeopleNames people, Actions actions) {
		this.rights = rights;
		this.principal = rights.principal();
		this.names = people;
		control = new Composite(parent, SWT.NONE);
		GridLayoutFactory.swtDefaults().numColumns(3).applyTo(control);
		facts = Forms.named(new Label(control, SWT.WRAP), "detail.facts");
		GridDataFactory.fillDefaults().grab(true, false).span(3, 1).hint(400, SWT.DEFAULT).applyTo(facts);

		// the handlers' accounts are chosen by their people (name, 拼音, 工号 or log-in name), never typed
		Composite handlersRow = new Composite(control, SWT.NONE);
		GridLayoutFactory.fillDefaults().numColumns(2).applyTo(handlersRow);
		GridDataFactory.fillDefaults().grab(true, false).span(2, 1).applyTo(handlersRow);
		handlers = new AccountListChooser(handlersRow, "detail.handlers", Messages.Detail_handlers);
		assign = Forms.button(control, "detail.assign", Messages.Detail_assign);
		GridDataFactory.swtDefaults().align(SWT.BEGINNING, SWT.END).applyTo(assign);
		assign.addListener(SWT.Selection, e -> {
			// read on the UI thread: the call itself runs in a job
			String number = shown.number();
			long seen = shown.version();
			List<String> names = handlers.chosen();
			actions.update(Messages.Detail_assign, s -> s.assign(number, seen, names, principal));
		});

		verify = Forms.action(control, "detail.verify", Messages.Detail_verify);
		verify.addListener(SWT.Selection, e -> {
			String number = shown.number();
			long seen = shown.version();
			actions.update(Messages.Detail_verify, s -> s.startVerification(number, seen, principal));
		});
		Forms.label(control, "");

		remarks = Forms.area(control, Messages.Detail_text, "detail.remarks", 3);
		GridDataFactory.fillDefaults().grab(true, false).span(2, 1).hint(200, remarks.getLineHeight() * 3)
				.applyTo(remarks);

		conclusion = Forms.choice(control, Messages.Detail_conclusion, "detail.conclusion",
				Arrays.stream(Conclusion.values()).map(Conclusion::label).toArray(String[]::new));
		conclude = Forms.button(control, "detail.conclude", Messages.Detail_conclude);
		conclude.addListener(SWT.Selection, e -> {
			Conclusion c = Conclusion.values()[conclusion.getSelectionIndex()];
			String text = remarks.getText();
			String number = shown.number();
			long seen = shown.version();
			actions.update(Messages.Detail_conclude,
					s -> s.conclude(number, seen, c, text, LocalDate.now(), principal));
		});

		disposition = Forms.choice(control, Messages.Detail_disposition, "detail.disposition",
				Arrays.stream(Disposition.values()).map(Disposition::label).toArray(String[]::new));
		dispose = Forms.button(control, "detail.dispose", Messages.Detail_dispose);
		dispose.addListener(SWT.Selection, e -> {
			Disposition d = Disposition.values()[disposition.getSelectionIndex()];
			String text = remarks.getText();
			String number = shown.number();
			long seen = shown.version();
			actions.update(Messages.Detail_dispose, s -> s.dispose(number, seen, d, text, LocalDate.now(), principal));
		});

		close = Forms.action(control, "detail.close", Messages.Detail_close);
		close.addListener(SWT.Selection, e -> {
			String number = shown.number();
			long seen = shown.version();
			// 结案 cannot be undone: the user confirms it first
			if (!Forms.confirm(close.getShell(), NLS.bind(Messages.Detail_closeConfirm, number),
					Messages.Detail_closeAction)) {
				return;
			}
			actions.update(Messages.Detail_close, s -> s.close(number, seen, LocalDate.now(), principal));
		});
		Forms.label(control, "");

		reason = Forms.text(control, Messages.Detail_reason, "detail.reason");
		reveal = Forms.button(control, "detail.reveal", Messages.Detail_reveal);
		reveal.addListener(SWT.Selection, e -> actions.reveal(shown.number(), reason.getText()));
		reporter = Forms.named(new Label(control, SWT.WRAP), "detail.reporter");
		GridDataFactory.fillDefaults().grab(true, false).span(3, 1).applyTo(reporter);
		show(null);
	}

	Composite control() {
		return control;
	}

	Petition shown() {
		return shown;
	}

	void show(Petition petition) {
		shown = petition;
		reporter.setText("");
		reason.setText("");
		if (petition == null) {
			facts.setText(Messages.Detail_none);
		} else {
			facts.setText(PetitionText.describe(petition, names));
			handlers.choose(petition.handlers().isEmpty() ? List.of(principal.username()) : petition.handlers());
		}
		PetitionState state = petition == null ? PetitionState.CLOSED : petition.state();
		rights.enable(assign, petition != null && state != PetitionState.CLOSED, PetitionPermissions.ASSIGN);
		rights.enable(verify, state.canMoveTo(PetitionState.VERIFYING), PetitionPermissions.HANDLE);
		rights.enable(conclude, state.canMoveTo(PetitionState.CONCLUDED), PetitionPermissions.HANDLE);
		rights.enable(dispose, state.canMoveTo(PetitionState.DISPOSED), PetitionPermissions.HANDLE);
		rights.enable(close, state.canMoveTo(PetitionState.CLOSED), PetitionPermissions.HANDLE);
		reveal.setEnabled(petition != null);
		control.layout(true, true);
	}

	/** The accounts the handlers are chosen from, read by the part's load job. */
	void offer(List<UserAccount> accounts, List<Staff> staff) {
		handlers.offer(accounts, staff);
		control.layout(true, true);
	}

	void showReporter(Reporter revealed) {
		reporter.setText(revealed.anonymous() ? Messages.Detail_anonymous
				: NLS.bind(Messages.Detail_revealed, revealed.name(), revealed.contact() == null ? "" : revealed.contact()));
		control.layout(true, true);
	}

	/** Takes the identity off the screen (another petition selected, the part closed). */
	void hideReporter() {
		reporter.setText("");
	}
}
