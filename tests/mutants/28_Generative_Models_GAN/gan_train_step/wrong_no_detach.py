# D 단계에서 detach하지 않는다: d_loss의 그래디언트가 G의 .grad에 쌓인다 (G 단계 전에 지우긴 함)
def gan_train_step(
    G: nn.Module,
    D: nn.Module,
    opt_g: torch.optim.Optimizer,
    opt_d: torch.optim.Optimizer,
    real: torch.Tensor,
    z: torch.Tensor,
) -> tuple[float, float]:
    d_loss = discriminator_loss(D(real), D(G(z)))
    opt_d.zero_grad()
    d_loss.backward()
    opt_d.step()
    opt_g.zero_grad()
    g_loss = generator_loss(D(G(z)))
    g_loss.backward()
    opt_g.step()
    return d_loss.item(), g_loss.item()
