import { useEffect, useId, useRef, useState, type KeyboardEvent } from 'react';
import { findAirports as findAirportsOnApi, isAbort, type Airport } from '../api';
import type { FieldControlProps } from './FormField';

type FindAirports = (text: string, limit: number, signal: AbortSignal) => Promise<Airport[]>;

interface AirportInputProps extends FieldControlProps {
  name: string;
  value: string;
  onChange: (value: string) => void;
  placeholder?: string;
  /** Where suggestions come from; the Api by default. */
  findAirports?: FindAirports;
  debounceMs?: number;
  suggestionLimit?: number;
}

// Airports seen in suggestions, by code, so a chosen code can be described ("New York · John F. Kennedy").
const knownAirports = new Map<string, Airport>();

function remember(airports: Airport[]) {
  for (const airport of airports) knownAirports.set(airport.code.toUpperCase(), airport);
}

/**
 * A text input with airport suggestions (ARIA 1.2 combobox with a list popup). The value is the text the
 * traveller typed or the code of the airport they picked; the server decides whether it is an airport.
 */
export function AirportInput({
  id,
  name,
  value,
  onChange,
  placeholder,
  findAirports = findAirportsOnApi,
  debounceMs = 200,
  suggestionLimit = 8,
  'aria-invalid': ariaInvalid,
  'aria-describedby': ariaDescribedBy,
}: AirportInputProps) {
  const inputRef = useRef<HTMLInputElement>(null);
  const listId = useId();
  const captionId = `${id}-airport`;
  const [typed, setTyped] = useState<string | null>(null);
  const [suggestions, setSuggestions] = useState<Airport[]>([]);
  const [open, setOpen] = useState(false);
  const [activeIndex, setActiveIndex] = useState(-1);
  const [loading, setLoading] = useState(false);
  const [, setDescribed] = useState(0);

  // Suggestions for what the traveller types, once typing pauses.
  useEffect(() => {
    if (typed === null) return;
    const text = typed.trim();
    if (text === '') {
      setSuggestions([]);
      setOpen(false);
      return;
    }
    const abort = new AbortController();
    const timer = setTimeout(() => {
      setLoading(true);
      findAirports(text, suggestionLimit, abort.signal).then(
        (airports) => {
          remember(airports);
          setSuggestions(airports);
          setActiveIndex(-1);
          setOpen(document.activeElement === inputRef.current);
          setLoading(false);
        },
        (error: unknown) => {
          if (isAbort(error)) return;
          setSuggestions([]);
          setOpen(false);
          setLoading(false);
        },
      );
    }, debounceMs);
    return () => {
      clearTimeout(timer);
      abort.abort();
    };
  }, [typed, findAirports, debounceMs, suggestionLimit]);

  // A code that arrived from elsewhere (a link, a swap) gets described once.
  const code = value.trim().toUpperCase();
  useEffect(() => {
    if (!/^[A-Z]{3}$/.test(code) || knownAirports.has(code) || document.activeElement === inputRef.current) return;
    const abort = new AbortController();
    findAirports(code, 1, abort.signal).then(
      (airports) => {
        remember(airports.filter((a) => a.code.toUpperCase() === code));
        setDescribed((n) => n + 1);
      },
      () => undefined,
    );
    return () => abort.abort();
  }, [code, findAirports]);

  const chosen = knownAirports.get(code);

  function choose(airport: Airport) {
    onChange(airport.code);
    setTyped(null);
    setSuggestions([]);
    setOpen(false);
    setActiveIndex(-1);
  }

  function onKeyDown(event: KeyboardEvent<HTMLInputElement>) {
    switch (event.key) {
      case 'ArrowDown':
        if (suggestions.length === 0) return;
        event.preventDefault();
        setOpen(true);
        setActiveIndex((i) => (open ? Math.min(i + 1, suggestions.length - 1) : 0));
        break;
      case 'ArrowUp':
        if (!open || suggestions.length === 0) return;
        event.preventDefault();
        setActiveIndex((i) => Math.max(i - 1, 0));
        break;
      case 'Enter': {
        const active = open ? suggestions[activeIndex] : undefined;
        if (active) {
          event.preventDefault();
          choose(active);
        }
        break;
      }
      case 'Escape':
        if (open) {
          event.preventDefault();
          setOpen(false);
          setActiveIndex(-1);
        }
        break;
    }
  }

  const activeOption = open && activeIndex >= 0 ? `${listId}-option-${activeIndex}` : undefined;
  const describedBy = [ariaDescribedBy, chosen ? captionId : undefined].filter(Boolean).join(' ') || undefined;
  const noMatches = open && !loading && suggestions.length === 0 && (typed ?? '').trim() !== '';
  const status = loading
    ? 'Looking up airports…'
    : open
      ? `${suggestions.length} ${suggestions.length === 1 ? 'airport' : 'airports'} found`
      : '';

  return (
    <div className="combobox">
      <input
        ref={inputRef}
        id={id}
        name={name}
        type="text"
        className="input"
        role="combobox"
        aria-autocomplete="list"
        aria-expanded={open}
        aria-controls={listId}
        aria-activedescendant={activeOption}
        aria-invalid={ariaInvalid}
        aria-describedby={describedBy}
        autoComplete="off"
        autoCapitalize="characters"
        spellCheck={false}
        placeholder={placeholder}
        value={value}
        onChange={(event) => {
          onChange(event.target.value);
          setTyped(event.target.value);
        }}
        onKeyDown={onKeyDown}
        onBlur={() => {
          setOpen(false);
          setActiveIndex(-1);
        }}
        onFocus={() => {
          if (suggestions.length > 0) setOpen(true);
        }}
      />
      <ul id={listId} role="listbox" aria-label="Airports" className="combobox__list" hidden={!open}>
        {suggestions.map((airport, index) => (
          <li
            key={airport.code}
            id={`${listId}-option-${index}`}
            role="option"
            aria-selected={index === activeIndex}
            className="combobox__option"
            // Keep focus in the input so the click lands before blur closes the list.
            onMouseDown={(event) => event.preventDefault()}
            onClick={() => choose(airport)}
          >
            <span className="combobox__code">{airport.code}</span>
            <span className="combobox__place">
              <span className="combobox__city">
                {airport.city}, {airport.country}
              </span>
              <span className="combobox__name">{airport.name}</span>
            </span>
          </li>
        ))}
        {noMatches && <li className="combobox__empty">No airports match “{typed?.trim()}”</li>}
      </ul>
      {chosen && (
        <div className="combobox__caption" id={captionId} title={`${chosen.name}, ${chosen.city}, ${chosen.country}`}>
          {chosen.city} · {chosen.name}
        </div>
      )}
      <span className="visually-hidden" role="status" aria-live="polite">
        {status}
      </span>
    </div>
  );
}
