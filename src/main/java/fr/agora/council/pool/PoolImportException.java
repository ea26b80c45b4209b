package fr.agora.council.pool;

import java.util.List;

/** A whole pool file is refused; {@code key} and {@code args} make the French or English message. */
public class PoolImportException extends Exception {

    private final String key;
    private final List<Object> args;

    public PoolImportException(String key, Object... args) {
        super(key + " " + List.of(args));
        this.key = key;
        this.args = List.of(args);
    }

    public String key() {
        return key;
    }

    public Object[] args() {
        return args.toArray();
    }
}
