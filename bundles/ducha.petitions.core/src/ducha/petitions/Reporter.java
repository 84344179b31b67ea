package ducha.petitions;

/**
 * The reporter's identity as given at intake, or as revealed to a handler. It is stored only encrypted and shown to
 * nobody else: views show {@link Petition#PROTECTED} or {@link Petition#ANONYMOUS}.
 *
 * @param anonymous true when the reporter gave no name
 * @param name      the reporter's name, null when anonymous
 * @param contact   phone, address or e-mail, may be null
 */
public record Reporter(boolean anonymous, String name, String contact) {

	public static final Reporter ANONYMOUS = new Reporter(true, null, null);

	public static Reporter named(String name, String contact) {
		return new Reporter(false, name, contact);
	}

	@Override
	public String toString() {
		// never print the identity by accident (logs, exception messages)
		return anonymous ? "Reporter[anonymous]" : "Reporter[protected]";
	}
}
