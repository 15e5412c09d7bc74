package org.coopgraph.cypher;

/**
 * An applied migration's file no longer matches what was applied. Start-up must stop: the schema the
 * database has is not the one the code describes, and re-running the file would hide the difference.
 */
public final class MigrationChecksumException extends IllegalStateException {

    private final String fileName;
    private final String appliedChecksum;
    private final String fileChecksum;

    public MigrationChecksumException(String fileName, String appliedChecksum, String fileChecksum) {
        super("Migration " + fileName + " was changed after it was applied to this database: the database recorded"
                + " SHA-256 " + appliedChecksum + ", the file now has SHA-256 " + fileChecksum + ". Applied"
                + " migrations must never be edited. Restore " + fileName + " to the content that was applied and put"
                + " the change in a new migration file (next version number) listed in cypher/migrations/index.txt;"
                + " or, for a throw-away development database only, delete the database and start again.");
        this.fileName = fileName;
        this.appliedChecksum = appliedChecksum;
        this.fileChecksum = fileChecksum;
    }

    public String fileName() {
        return fileName;
    }

    public String appliedChecksum() {
        return appliedChecksum;
    }

    public String fileChecksum() {
        return fileChecksum;
    }
}
