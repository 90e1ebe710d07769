%% A process ring in Erlang/OTP, the reference the machine issue names: Nodes processes in a
%% cycle pass a counter Hops times; prints the hop rate. Run: bench/erlang/run.sh [Nodes Hops]
-module(ring).
-export([main/1, run/2]).

main([N, H]) -> run(list_to_integer(N), list_to_integer(H)), halt();
main(_) -> run(1000, 2000000), halt().

run(Nodes, Hops) ->
    Self = self(),
    First = lists:foldl(fun(_, Next) -> spawn(fun() -> node(Next, Self) end) end, Self, lists:seq(1, Nodes - 1)),
    Start = erlang:monotonic_time(microsecond),
    First ! Hops,
    node(First, Self, Start, Nodes, Hops).

%% A ring member: forwards the counter, decremented, to the next member until it reaches zero.
node(Next, Main) ->
    receive
        0 -> Main ! done;
        K -> Next ! K - 1, node(Next, Main)
    end.

%% The main process is the last member; it also waits for the done signal.
node(Next, Main, Start, Nodes, Hops) ->
    receive
        done -> report(Start, Nodes, Hops);
        0 -> report(Start, Nodes, Hops);
        K -> Next ! K - 1, node(Next, Main, Start, Nodes, Hops)
    end.

report(Start, Nodes, Hops) ->
    Us = erlang:monotonic_time(microsecond) - Start,
    io:format("erlang ring: ~p nodes, ~p hops in ~.3f s = ~p hops/s (schedulers ~p)~n",
              [Nodes, Hops, Us / 1.0e6, round(Hops * 1.0e6 / max(Us, 1)), erlang:system_info(schedulers_online)]).
