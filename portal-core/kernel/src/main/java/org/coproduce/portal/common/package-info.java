/** Small pieces every feature uses: checks on text people type, unguessable tokens. */
package org.coproduce.portal.common;
