# 교사의 argmax 대신 소프트맥스 분포를 목표로 쓴다 (소프트 증류): 교사의 배율에 손실이 바뀌고 교사로 그래디언트가 흐른다
def hard_distillation_loss(
    student_cls_logits: torch.Tensor,
    student_dist_logits: torch.Tensor,
    teacher_logits: torch.Tensor,
    labels: torch.Tensor,
    alpha: float = 0.5,
) -> torch.Tensor:
    base = F.cross_entropy(student_cls_logits, labels)
    distill = F.cross_entropy(student_dist_logits, F.softmax(teacher_logits, dim=-1))
    return (1 - alpha) * base + alpha * distill
