package ducha.core;

/** A record that a caller named (a 工号, a department code, a user name) does not exist. */
public class NotFoundException extends DuchaException {

	private static final long serialVersionUID = 1L;

	public NotFoundException(String message) {
		super(message);
	}
}
