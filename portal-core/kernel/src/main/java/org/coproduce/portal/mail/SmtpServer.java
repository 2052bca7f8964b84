package org.coproduce.portal.mail;

import java.time.Duration;

/** How to reach the SMTP server. */
public record SmtpServer(String host, int port, String username, String password, boolean startTls,
                         Duration timeout, String from) {

    @Override
    public String toString() {
        return "SmtpServer[" + host + ":" + port + (username == null ? "" : ", user " + username) + "]";
    }
}
